module.exports = require('../../../jest.preset.cjs').webJestConfig(__dirname, {
  displayName: 'frameworks-data-access',
});
