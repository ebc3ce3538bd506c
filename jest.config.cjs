// Every project's jest config (each names itself in displayName), for Nx's batch mode: `nx run-many -t test --batch`
// starts one Jest for all of them and still caches each project's result on its own. npm test does not batch (README).
const { getJestProjectsAsync } = require('@nx/jest');

module.exports = async () => ({ projects: await getJestProjectsAsync() });
