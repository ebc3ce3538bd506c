import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@peerhub/organisations/api';
import { AccountsResolver } from './accounts.resolver';
import { AdminResolver } from './admin.resolver';
import { AdminService } from './admin.service';
import { MembershipsResolver, OrganisationMembershipResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';
import { AuditLog } from './audit';
import { Housekeeping } from './housekeeping';
import { AccountsService } from './accounts.service';
import { Mailer } from './mailer';

/**
 * Accounts: sign-up with a confirmed address, sign-in and sessions (Sessions is provided app-wide, for Viewers),
 * organisation memberships, and the admin pages' operations.
 */
@Module({
  imports: [OrganisationsModule],
  providers: [
    AccountsService,
    AccountsResolver,
    Mailer,
    AuditLog,
    MembershipsService,
    MembershipsResolver,
    OrganisationMembershipResolver,
    AdminService,
    AdminResolver,
    Housekeeping,
  ],
  exports: [AccountsService, Mailer, Housekeeping, AuditLog, MembershipsService],
})
export class AccountsModule {}
