module.exports = require('../../../jest.preset.cjs').webJestConfig(__dirname, {
  displayName: 'accounts-data-access',
});
