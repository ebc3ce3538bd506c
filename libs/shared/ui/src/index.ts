export * from './lib/load-state.component';
export * from './lib/sources.component';
export * from './lib/pager.component';
export * from './lib/label.pipe';
export * from './lib/labels';
export * from './lib/sort-select.component';
export * from './lib/level-chip.component';
export * from './lib/country-chips.component';
