import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, CurrentViewer, PayloadErrors, Viewer, type GraphqlContext } from '@peerhub/shared/api-core';
import {
  AccountSummaryConnection,
  AccountsArgs,
  AuditEntryConnection,
  AuditEventsArgs,
  SetMemberRoleInput,
  SetMemberRolePayload,
  SuspendMemberInput,
  SuspendMemberPayload,
  VerifyOrganisationInput,
  VerifyOrganisationPayload,
} from './admin.models';
import { AdminService } from './admin.service';

/** The admin pages' operations: every one needs `admin:manage`. */
@Resolver()
@Can('admin:manage')
export class AdminResolver {
  constructor(private readonly admin: AdminService) {}

  @Query(() => AccountSummaryConnection, { description: 'Members, newest first (admins).' })
  accounts(@Args() args: AccountsArgs, @CurrentViewer() viewer: Viewer): Promise<AccountSummaryConnection> {
    return this.admin.accounts(viewer, args);
  }

  @Query(() => AuditEntryConnection, {
    description: 'The audit log of security events, newest first (admins).',
  })
  auditEvents(@Args() args: AuditEventsArgs, @CurrentViewer() viewer: Viewer): Promise<AuditEntryConnection> {
    return this.admin.auditEvents(viewer, args);
  }

  @Mutation(() => SetMemberRolePayload, { description: 'Gives or takes the moderator or admin role.' })
  @PayloadErrors(SetMemberRoleInput)
  async setMemberRole(
    @Args('input') input: SetMemberRoleInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<SetMemberRolePayload, 'errors'>> {
    return { account: await this.admin.setRole(viewer, input.accountId, input.role, input.granted, ctx.req) };
  }

  @Mutation(() => SuspendMemberPayload, {
    description:
      'Suspends a member (they keep access to their own data only) or lifts the suspension; the member is told by mail.',
  })
  @PayloadErrors(SuspendMemberInput)
  async suspendMember(
    @Args('input') input: SuspendMemberInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<SuspendMemberPayload, 'errors'>> {
    return {
      account: await this.admin.suspend(viewer, input.accountId, input.suspended, input.reason, ctx.req),
    };
  }

  @Mutation(() => VerifyOrganisationPayload, {
    description: 'Marks an organisation verified by PeerHub, or takes the mark away.',
  })
  @PayloadErrors(VerifyOrganisationInput)
  async verifyOrganisation(
    @Args('input') input: VerifyOrganisationInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<VerifyOrganisationPayload, 'errors'>> {
    return {
      organisation: await this.admin.verifyOrganisation(
        viewer,
        input.organisationSlug,
        input.verified,
        ctx.req,
      ),
    };
  }
}
