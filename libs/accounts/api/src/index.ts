export * from './lib/account.entities';
export * from './lib/accounts.models';
export * from './lib/accounts.module';
export * from './lib/accounts.resolver';
export * from './lib/accounts.service';
export * from './lib/mailer';
export * from './lib/passwords';
export * from './lib/sessions';
