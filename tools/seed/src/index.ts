export * from './checksum';
export * from './types';
export { dataset } from './data';
