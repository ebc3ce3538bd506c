module.exports = require('../../../jest.preset.cjs').webJestConfig(__dirname, {
  displayName: 'policy-data-access',
});
