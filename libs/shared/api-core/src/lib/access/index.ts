export * from './viewer';
export * from './policy';
export * from './access.guard';
