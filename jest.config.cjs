// Every project's jest config (each names itself in displayName): Nx's batch mode (`nx run-many -t test --batch`,
// as npm test runs it) starts one Jest for all of them and still caches each project's result on its own.
const { getJestProjectsAsync } = require('@nx/jest');

module.exports = async () => ({ projects: await getJestProjectsAsync() });
