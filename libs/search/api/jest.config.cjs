module.exports = require('../../../jest.preset.cjs').serverJestConfig(__dirname, {
  displayName: 'search-api',
});
