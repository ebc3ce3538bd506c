export * from './load';
export * from './types';
export { dataset } from './data';
