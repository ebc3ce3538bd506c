export * from './checksum';
export * from './types';
export { dataset } from './data';
export { EDITOR_WORDING } from './editor-wording';
