import { Module } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver';
import { AuditLog } from './audit';
import { AccountsService } from './accounts.service';
import { Mailer } from './mailer';

/** Accounts: sign-up with a confirmed address, sign-in and sessions (Sessions is provided app-wide, for Viewers). */
@Module({
  providers: [AccountsService, AccountsResolver, Mailer, AuditLog],
  exports: [AccountsService, Mailer],
})
export class AccountsModule {}
