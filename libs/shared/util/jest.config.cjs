module.exports = require('../../../jest.preset.cjs').serverJestConfig(__dirname, {
  displayName: 'shared-util',
});
