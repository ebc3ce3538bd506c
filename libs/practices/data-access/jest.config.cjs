module.exports = require('../../../jest.preset.cjs').webJestConfig(__dirname, {
  displayName: 'practices-data-access',
});
