import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, CurrentViewer, PayloadErrors, Viewer, type GraphqlContext } from '@peerhub/shared/api-core';
import {
  ConfirmEmailChangeInput,
  ConfirmEmailChangePayload,
  RequestEmailChangeInput,
  RequestEmailChangePayload,
  DeleteAccountInput,
  DeleteAccountPayload,
  EndSessionInput,
  EndSessionPayload,
  MyData,
  SessionInfo,
  ChangePasswordInput,
  ChangePasswordPayload,
  Me,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  SignInInput,
  SignInPayload,
  SignOutInput,
  SignOutPayload,
  SignUpInput,
  SignUpPayload,
  KeptMail,
  UpdateProfileInput,
  UpdateProfilePayload,
  VerifyEmailInput,
  VerifyEmailPayload,
} from './accounts.models';
import { AccountsService } from './accounts.service';

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => [KeptMail], {
    description:
      'Development only (DEV_MAILBOX): the newest mail kept instead of sent, for a trial without a mail server. NOT_FOUND when off.',
  })
  devMailbox(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<KeptMail[]> {
    return this.accounts.devMailbox(first);
  }

  @Query(() => Me, { nullable: true, description: 'The signed-in member; null for a visitor.' })
  me(@CurrentViewer() viewer: Viewer): Promise<Me | null> {
    return this.accounts.me(viewer);
  }

  @Mutation(() => SignUpPayload, {
    description:
      'Creates an account to confirm by the link mailed to the address. Answers the same whether or not the address has an account already.',
  })
  @Can('account:enter')
  @PayloadErrors(SignUpInput)
  signUp(
    @Args('input') input: SignUpInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<SignUpPayload, 'errors'>> {
    return this.accounts.signUp(input, ctx.req);
  }

  @Mutation(() => VerifyEmailPayload, { description: 'Confirms an address with the token of its link.' })
  @Can('account:enter')
  @PayloadErrors(VerifyEmailInput)
  verifyEmail(
    @Args('input') input: VerifyEmailInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<VerifyEmailPayload, 'errors'>> {
    return this.accounts.verifyEmail(input.token, ctx.req);
  }

  @Mutation(() => SignInPayload, {
    description: 'Signs in with a confirmed address: sets the session cookie (httpOnly).',
  })
  @Can('account:enter')
  @PayloadErrors(SignInInput)
  async signIn(
    @Args('input') input: SignInInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<SignInPayload, 'errors'>> {
    const { me, cookie } = await this.accounts.signIn(input.email, input.password, ctx.req);
    ctx.res?.append('Set-Cookie', cookie);
    return { me };
  }

  @Mutation(() => SignOutPayload, {
    description: 'Ends this session, or with `everywhere` every session of the account.',
  })
  @Can('account:read')
  @PayloadErrors(SignOutInput)
  async signOut(
    @Args('input') input: SignOutInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<SignOutPayload, 'errors'>> {
    const cookie = await this.accounts.signOut(viewer, ctx.req, input.everywhere === true);
    ctx.res?.append('Set-Cookie', cookie);
    return { signedOut: true };
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Mails a link to choose a new password, if the address has an account (the same answer either way).',
  })
  @Can('account:enter')
  @PayloadErrors(RequestPasswordResetInput)
  requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<RequestPasswordResetPayload, 'errors'>> {
    return this.accounts.requestPasswordReset(input.email, ctx.req);
  }

  @Mutation(() => ResetPasswordPayload, {
    description: 'Sets a new password with the token of a reset link.',
  })
  @Can('account:enter')
  @PayloadErrors(ResetPasswordInput)
  resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<ResetPasswordPayload, 'errors'>> {
    return this.accounts.resetPassword(input.token, input.newPassword, ctx.req);
  }

  @Mutation(() => ChangePasswordPayload, { description: "Changes the signed-in member's password." })
  @Can('account:read')
  @PayloadErrors(ChangePasswordInput)
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<ChangePasswordPayload, 'errors'>> {
    return this.accounts.changePassword(viewer, ctx.req, input.currentPassword, input.newPassword);
  }

  @Query(() => [SessionInfo], { description: "The signed-in member's devices; empty for a visitor." })
  mySessions(@CurrentViewer() viewer: Viewer, @Context() ctx: GraphqlContext): Promise<SessionInfo[]> {
    return this.accounts.sessionsOf(viewer, ctx.req);
  }

  @Query(() => MyData, {
    nullable: true,
    description:
      'Everything PeerHub holds about the signed-in member (download my data); null for a visitor.',
  })
  myData(@CurrentViewer() viewer: Viewer, @Context() ctx: GraphqlContext): Promise<MyData | null> {
    return this.accounts.myData(viewer, ctx.req);
  }

  @Mutation(() => EndSessionPayload, { description: "Ends one of the member's sessions (another device)." })
  @Can('account:read')
  @PayloadErrors(EndSessionInput)
  endSession(
    @Args('input') input: EndSessionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<EndSessionPayload, 'errors'>> {
    return this.accounts.endSession(viewer, input.id);
  }

  @Mutation(() => DeleteAccountPayload, {
    description:
      "Deletes the signed-in member's account and personal data at once, confirmed by the password.",
  })
  @Can('account:read')
  @PayloadErrors(DeleteAccountInput)
  async deleteAccount(
    @Args('input') input: DeleteAccountInput,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<DeleteAccountPayload, 'errors'>> {
    const cookie = await this.accounts.deleteAccount(viewer, input.password);
    ctx.res?.append('Set-Cookie', cookie);
    return { deleted: true };
  }

  @Mutation(() => RequestEmailChangePayload, {
    description:
      'Asks to sign in with another address: a link goes to it, and nothing changes until it is opened.',
  })
  @Can('account:read')
  @PayloadErrors(RequestEmailChangeInput)
  requestEmailChange(
    @Args('input') input: RequestEmailChangeInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<RequestEmailChangePayload, 'errors'>> {
    return this.accounts.requestEmailChange(viewer, input.newEmail, input.password);
  }

  @Mutation(() => ConfirmEmailChangePayload, {
    description: 'Completes an address change with the token of its link.',
  })
  @Can('account:enter')
  @PayloadErrors(ConfirmEmailChangeInput)
  confirmEmailChange(
    @Args('input') input: ConfirmEmailChangeInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Omit<ConfirmEmailChangePayload, 'errors'>> {
    return this.accounts.confirmEmailChange(input.token, ctx.req);
  }

  @Mutation(() => UpdateProfilePayload, {
    description:
      'Changes the display name, the optional real name (and whether to show it), language and country.',
  })
  @Can('account:read')
  @PayloadErrors(UpdateProfileInput)
  async updateProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Omit<UpdateProfilePayload, 'errors'>> {
    return { me: await this.accounts.updateProfile(viewer, input) };
  }
}
