import { Injectable, computed, inject } from '@angular/core';
import { GraphqlClient, queryResource } from '@peerhub/shared/data-access';
import {
  ChangePasswordDocument,
  ConfirmEmailChangeDocument,
  RequestEmailChangeDocument,
  DeleteAccountDocument,
  EndSessionDocument,
  MeDocument,
  MyDataDocument,
  MyDataQuery,
  MySessionsDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  SignUpInput,
  UpdateProfileDocument,
  UpdateProfileInput,
  VerifyEmailDocument,
} from '@peerhub/shared/graphql-types';

/**
 * Who is signed in, and the account actions the pages offer. The session itself is an httpOnly cookie the browser
 * sends with every request (the API sets and clears it); this store only asks `me`. Mutations reject with an
 * ApiError whose `fieldErrors` the forms show next to their fields.
 */
/** The member's devices (asked when the account page shows them). */
@Injectable()
export class DevicesStore {
  readonly sessions = queryResource(MySessionsDocument, () => ({}));
}

@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly client = inject(GraphqlClient);
  readonly me = queryResource(MeDocument, () => ({}));
  readonly member = computed(() => (this.me.hasValue() ? (this.me.value()?.me ?? null) : null));

  /** Saves the profile (display name, real name and whether to show it, language, country). */
  async updateProfile(input: UpdateProfileInput): Promise<void> {
    await this.client.mutate(UpdateProfileDocument, { input });
    this.me.reload();
  }

  async signUp(input: SignUpInput): Promise<void> {
    await this.client.mutate(SignUpDocument, { input });
  }

  async verify(token: string): Promise<void> {
    await this.client.mutate(VerifyEmailDocument, { input: { token } });
  }

  /** Changes the password (the current one confirms); the API ends the account's other sessions. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.client.mutate(ChangePasswordDocument, { input: { currentPassword, newPassword } });
  }

  /** Asks to sign in with another address: a link goes there, nothing changes until it is opened. */
  async requestEmailChange(newEmail: string, password: string): Promise<void> {
    await this.client.mutate(RequestEmailChangeDocument, { input: { newEmail, password } });
  }

  /** Completes an address change from the link mailed to the new address. */
  async confirmEmailChange(token: string): Promise<void> {
    await this.client.mutate(ConfirmEmailChangeDocument, { input: { token } });
    this.me.reload();
  }

  /** Mails a reset link if the address has an account (the same answer either way). */
  async requestPasswordReset(email: string): Promise<void> {
    await this.client.mutate(RequestPasswordResetDocument, { input: { email } });
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    await this.client.mutate(ResetPasswordDocument, { input: { token, newPassword } });
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.client.mutate(SignInDocument, { input: { email, password } });
    this.me.reload();
  }

  /** Everything held about the member, as the API gives it (for "download my data"). */
  async myData(): Promise<MyDataQuery['myData']> {
    return (await this.client.request(MyDataDocument, {})).myData;
  }

  async endSession(id: string): Promise<void> {
    await this.client.mutate(EndSessionDocument, { input: { id } });
  }

  /** Deletes the account (confirmed by the password); the API clears the session cookie. */
  async deleteAccount(password: string): Promise<void> {
    await this.client.mutate(DeleteAccountDocument, { input: { password } });
    this.me.reload();
  }

  async signOut(everywhere = false): Promise<void> {
    await this.client.mutate(SignOutDocument, { input: { everywhere } });
    this.me.reload();
  }
}
