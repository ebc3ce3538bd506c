import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Organisation } from '@peerhub/organisations/api';
import { Can, CurrentViewer, PayloadErrors, Viewer, type GraphqlContext } from '@peerhub/shared/api-core';
import {
  DecideMembershipInput,
  DecideMembershipPayload,
  EndMembershipInput,
  EndMembershipPayload,
  Membership,
  MembershipConnection,
  OrganisationMembershipsArgs,
  RequestMembershipInput,
  RequestMembershipPayload,
} from './memberships.models';
import { MembershipsService } from './memberships.service';

@Resolver()
export class MembershipsResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @Query(() => [Membership], {
    description: "The signed-in member's memberships and requests, newest first; empty for a visitor.",
  })
  myMemberships(@CurrentViewer() viewer: Viewer): Promise<Membership[]> {
    return this.memberships.mine(viewer);
  }

  @Query(() => MembershipConnection, {
    description:
      'Requests and editors of an organisation the viewer edits for (or of all of them), waiting requests first. Editors and admins only.',
  })
  @Can('organisation:edit')
  organisationMemberships(
    @Args() args: OrganisationMembershipsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MembershipConnection> {
    return this.memberships.ofOrganisations(viewer, args);
  }

  @Mutation(() => RequestMembershipPayload, {
    description:
      'Asks to edit for an organisation (JOIN), or claims one that has no editor (CLAIM), with a message for its editors or the admins.',
  })
  @Can('organisation:join')
  @PayloadErrors(RequestMembershipInput)
  async requestMembership(
    @Args('input') input: RequestMembershipInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RequestMembershipPayload, 'errors'>> {
    return { membership: await this.memberships.request(viewer, input) };
  }

  @Mutation(() => DecideMembershipPayload, {
    description: 'Approves or declines a waiting request: an editor of its organisation, or an admin.',
  })
  @Can('organisation:edit')
  @PayloadErrors(DecideMembershipInput)
  async decideMembership(
    @Args('input') input: DecideMembershipInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<DecideMembershipPayload, 'errors'>> {
    return { membership: await this.memberships.decide(viewer, input.membershipId, input.approve) };
  }

  @Mutation(() => EndMembershipPayload, {
    description:
      'Withdraws a request or leaves an organisation (the member), or removes an editor (its editors, an admin).',
  })
  @Can('membership:end')
  @PayloadErrors(EndMembershipInput)
  endMembership(
    @Args('input') input: EndMembershipInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<EndMembershipPayload, 'errors'>> {
    return this.memberships.end(viewer, input.membershipId);
  }
}

/** `Organisation.hasEditors` and `Organisation.myMembership`, kept here so organisations never depend on accounts. */
@Resolver(() => Organisation)
export class OrganisationMembershipResolver {
  constructor(private readonly memberships: MembershipsService) {}

  @ResolveField(() => Boolean, {
    description: 'Whether members edit for it on PeerHub (without any, it may be claimed).',
  })
  hasEditors(@Parent() org: Organisation, @Context() ctx: GraphqlContext): Promise<boolean> {
    return ctx.loaders
      .get<string, boolean>('memberships.hasEditors', (ids) => this.memberships.haveEditors(ids))
      .load(org.id);
  }

  @ResolveField(() => Membership, {
    nullable: true,
    description: "The signed-in member's request or membership of it; null for a visitor or none.",
  })
  myMembership(@Parent() org: Organisation, @CurrentViewer() viewer: Viewer): Promise<Membership | null> {
    return this.memberships.viewersOf(viewer, org.id);
  }
}
