module.exports = require('../../../jest.preset.cjs').webJestConfig(__dirname, {
  displayName: 'contributions-feature',
});
