// A second entry point of this lib, for the shell: it imports only this file, so the first bundle does not take in
// the lib's stores and queries (the barrel would bring them all).
export * from './lib/search-handover';
