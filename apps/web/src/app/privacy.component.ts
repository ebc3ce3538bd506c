import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * The privacy page (`/privacy`): what PeerHub keeps about members, why, and for how long. Every statement is taken
 * from the code that does it — libs/accounts/api (account.entities.ts, sessions.ts, accounts.service.ts, audit.ts,
 * memberships.service.ts, housekeeping.ts: its RETENTION), apps/api/src/app/bootstrap.ts (CSP: nothing from other origins) and infra/docker/nginx.conf. When one of those
 * changes what is stored or for how long, this page and its date change with it.
 */
@Component({
  selector: 'ph-privacy',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <article class="privacy" data-testid="privacy">
        <h1 i18n="@@privacy.title">Privacy</h1>
        <p class="ph-muted updated" data-testid="privacy-updated" i18n="@@privacy.updated">
          Last updated: <time datetime="2026-12-01">1 December 2026</time>
        </p>
        <p class="lede" i18n="@@privacy.intro">
          This page says what PeerHub Europe keeps about you, why, and for how long. Reading the site needs no
          account and sets no cookie.
        </p>

        <section aria-labelledby="privacy-careful">
          <h2 id="privacy-careful" i18n="@@privacy.careful.title">Why we are careful</h2>
          <p i18n="@@privacy.careful.text">
            PeerHub is a network about mental-health peer support. Members share lived experience of mental
            distress, so even having an account here can say something about your health. We treat everything we
            hold about members as sensitive: we keep as little as we can, we do not sell it, and we do not use it
            for advertising.
          </p>
        </section>

        <section aria-labelledby="privacy-account">
          <h2 id="privacy-account" i18n="@@privacy.account.title">Your account</h2>
          <p i18n="@@privacy.account.intro">When you sign up, we keep:</p>
          <ul>
            <li i18n="@@privacy.account.email">
              Your email address, to sign you in and to send you the links described below. It is never shown to other
              members; only PeerHub's administrators can see it.
            </li>
            <li i18n="@@privacy.account.password">
              Your password, only as an Argon2id hash (a one-way fingerprint). Nobody at PeerHub can read your
              password.
            </li>
            <li i18n="@@privacy.account.displayName">
              Your display name, which other people see. It may be a pseudonym.
            </li>
            <li i18n="@@privacy.account.language">
              Your language (English, French, Portuguese or Norwegian), so that our emails reach you in it.
            </li>
            <li i18n="@@privacy.account.dates">When you signed up, and when you confirmed your email address.</li>
            <li i18n="@@privacy.account.roles">
              Any role you hold on the site (moderator, administrator), and whether the account is suspended.
            </li>
          </ul>
          <p i18n="@@privacy.account.optional">
            Your real name and your country are optional: sign-up does not ask for them. Your real name is never
            shown to others unless you choose to show it.
          </p>
          <p i18n="@@privacy.account.kept">
            All of this is kept until you delete your account. An account whose email address is never confirmed is
            erased 7 days after sign-up.
          </p>
        </section>

        <section aria-labelledby="privacy-sessions">
          <h2 id="privacy-sessions" i18n="@@privacy.sessions.title">Signing in, and our one cookie</h2>
          <p i18n="@@privacy.sessions.cookie">
            When you sign in, your browser gets one cookie, <code>ph_session</code>. It holds a random code and
            nothing else, and scripts on the page cannot read it. We store only a SHA-256 fingerprint of that code, so
            our database alone cannot open your session.
          </p>
          <p i18n="@@privacy.sessions.device">
            With each session we keep when it started, when it was last used, and the name your browser gives of
            itself and of your system (its “user agent”, at most 200 characters), so that you can recognise your
            devices on your account page.
          </p>
          <p data-testid="privacy-session-lifetime" i18n="@@privacy.sessions.lifetime">
            A session ends after 14 days without use, and at the latest 30 days after you signed in. It also ends
            when you sign out. Changing your password signs out your other devices; resetting it signs out all of
            them.
          </p>
          <p i18n="@@privacy.sessions.records">
            When a session has ended, its record is erased within the hour.
          </p>
          <p i18n="@@privacy.sessions.noOther">
            We set no other cookies: no analytics, advertising or tracking cookies. That is why this site has no
            cookie banner.
          </p>
        </section>

        <section aria-labelledby="privacy-mail">
          <h2 id="privacy-mail" i18n="@@privacy.mail.title">Emails and links</h2>
          <p i18n="@@privacy.mail.intro">
            We email you only about your account. Each link in these emails works once, and only for a while:
          </p>
          <ul>
            <li i18n="@@privacy.mail.confirm">confirming your email address: 24 hours;</li>
            <li i18n="@@privacy.mail.change">
              confirming a new email address: 24 hours (the link goes to the new address, and the old address is
              told once the change is made);
            </li>
            <li i18n="@@privacy.mail.reset">choosing a new password: 1 hour.</li>
          </ul>
          <p i18n="@@privacy.mail.kept">
            For each link we keep only a SHA-256 fingerprint of its code, when it expires and whether it was used, and
            for an address change the new address. These records are erased one day after the link expires, or with
            your account. We keep no copy of the emails themselves; they go out through our mail server, which sees
            the address and the email it delivers.
          </p>
        </section>

        <section aria-labelledby="privacy-security">
          <h2 id="privacy-security" i18n="@@privacy.security.title">Security records</h2>
          <p i18n="@@privacy.security.events">
            To protect accounts, we record security events: confirming your email address, signing in, signing out on
            every device, changing or resetting your password, changing your address, asking to join an organisation
            and the answer, and an administrator giving or taking a role or suspending an account. Each record holds
            the date, the kind of event, your account and, for what you do on the site, the network (IP) address it
            came from. For an IPv6 address we keep only its first half.
          </p>
          <p i18n="@@privacy.security.kept">
            Apart from you (in your data download), only PeerHub's administrators can read these records. They are
            kept for 12 months and then deleted.
          </p>
          <p i18n="@@privacy.security.deleted">
            When you delete your account, the link between these records and your account is removed. The records
            themselves (date, kind of event, network address) are kept until they are 12 months old.
          </p>
          <p i18n="@@privacy.security.limits">
            To stop abuse, we also count requests per network address, and failed sign-ins and password-reset
            requests per email address. These counters cover a few minutes and then expire.
          </p>
        </section>

        <section aria-labelledby="privacy-orgs">
          <h2 id="privacy-orgs" i18n="@@privacy.orgs.title">Joining an organisation</h2>
          <p i18n="@@privacy.orgs.text">
            You can ask to join an organisation on PeerHub as one of the editors of its page, or claim a page that has
            no editor yet, with a message. We keep your request, your message, and whether, when and by whom it was
            approved or declined. The organisation's editors and PeerHub's administrators see your request and your
            message, with your display name; the people who decide get an email that names you by your display name,
            without your message. You, the organisation's editors or an administrator can end a membership. All of it
            is removed when you delete your account.
          </p>
        </section>

        <section aria-labelledby="privacy-contributions">
          <h2 id="privacy-contributions" i18n="@@privacy.contributions.title">What you write</h2>
          <p i18n="@@privacy.contributions.text">
            Practices you write and country facts you propose are kept as revisions, each with you as its author, the
            organisation it is written for, your reason and the reviewer's comment. Drafts are seen only by you, the
            editors of that organisation and the moderators; what a moderator publishes becomes part of the knowledge
            base, and its history shows your display name. If you delete your account, your revisions stay without
            anything that points to you. They are in your data download.
          </p>
        </section>

        <section aria-labelledby="privacy-not">
          <h2 id="privacy-not" i18n="@@privacy.notDo.title">What we do not do</h2>
          <ul>
            <li i18n="@@privacy.notDo.tracking">No analytics, no advertising, no tracking of any kind.</li>
            <li i18n="@@privacy.notDo.thirdParty">
              No scripts, fonts or images from other sites: everything, fonts included, comes from PeerHub's own
              server.
            </li>
            <li i18n="@@privacy.notDo.sell">We do not sell your data or pass it on to others.</li>
          </ul>
          <p i18n="@@privacy.notDo.logs2">
            PeerHub keeps no record of which pages you read: its web server keeps no access log, and when something
            breaks the application writes a short technical note without your network address.
          </p>
        </section>

        <section aria-labelledby="privacy-rights">
          <h2 id="privacy-rights" i18n="@@privacy.rights.title">Your rights, and how to use them</h2>
          <ul class="rights">
            <li i18n="@@privacy.rights.download2">
              <strong>See your data.</strong> On your <a routerLink="/account">account page</a>, “Download my data”
              gives you one file (JSON) with your account, your signed-in devices, your organisation memberships and
              requests with your messages, and the list of your security events (date, kind and the network address they came
              from).
            </li>
            <li i18n="@@privacy.rights.correct2">
              <strong>Correct it.</strong> On your account page you can change your display name, your real name and
              whether it is shown, your language, your country, your email address and your password.
            </li>
            <li i18n="@@privacy.rights.delete">
              <strong>Delete it.</strong> On your account page, type your password and your account is erased at once,
              with your sessions, your links and your organisation memberships and requests. This cannot be undone.
            </li>
            <li i18n="@@privacy.rights.complain">
              <strong>Complain.</strong> If you think we handle your data wrongly, you can complain to the data
              protection authority of the country where you live or work. The
              <a href="https://www.edpb.europa.eu/about-edpb/about-edpb/members_en" rel="noopener">European Data
                Protection Board lists them all</a>.
            </li>
          </ul>
        </section>
      </article>
    </div>
  `,
  styles: `
    .privacy {
      max-width: 760px;
      line-height: 1.6;
    }
    h1 {
      margin-bottom: 4px;
    }
    .updated {
      margin-top: 0;
      font-size: 0.9rem;
    }
    .lede {
      font-size: 1.1rem;
    }
    h2 {
      margin: 32px 0 8px;
      font-size: 1.35rem;
      line-height: 1.3;
    }
    ul {
      padding-left: 24px;
    }
    li + li {
      margin-top: 6px;
    }
    code {
      font-size: 0.95em;
      overflow-wrap: anywhere;
    }
    a {
      overflow-wrap: anywhere;
    }
  `,
})
export class PrivacyComponent {}
