// West of Greenwich, so a date shown a day early (a calendar date read as a UTC instant) fails a test here; set
// before Jest starts its workers, which inherit it (intl.pipes.spec.ts).
process.env.TZ = 'America/New_York';

module.exports = require('../../../jest.preset.cjs').webJestConfig(__dirname, {
  displayName: 'shared-ui',
});
