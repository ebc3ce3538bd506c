module.exports = require('../../../jest.preset.cjs').webJestConfig(__dirname, {
  displayName: 'search-data-access',
});
