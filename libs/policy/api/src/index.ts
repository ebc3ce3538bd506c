export * from './lib/policy.module';
export * from './lib/policy.models';
export * from './lib/policy.rules';
export * from './lib/policy.service';
export * from './lib/policy.resolver';
