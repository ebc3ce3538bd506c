import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MyMembershipsStore, SessionStore } from '@peerhub/accounts/data-access';
import { ContributionsStore } from '@peerhub/contributions/data-access';
import { LoadStateComponent, LongDatePipe } from '@peerhub/shared/ui';
import { publicPath } from './record-links';
import { revisionStateLabel } from './state-label';

/**
 * The member's own contributions (`/contribute/mine`), newest first: what became of each (its state, the reviewer's
 * comment) and where to go on (the draft, the published practice). A visitor is asked to sign in.
 */
@Component({
  selector: 'ph-my-contributions',
  imports: [MatButtonModule, RouterLink, LoadStateComponent, LongDatePipe],
  providers: [ContributionsStore, MyMembershipsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page narrow">
      <h1 i18n="@@contribute.mine.title">Your contributions</h1>
      @if (session.me.isLoading()) {
        <ph-load-state [loading]="true" />
      } @else if (!session.member()) {
        <p i18n="@@contribute.mine.signInFirst">Sign in to see the practices and facts you have written.</p>
        <div class="actions">
          <a mat-flat-button routerLink="/account/sign-in" [queryParams]="{ next: '/contribute/mine' }" data-testid="mine-sign-in" i18n="@@contribute.signIn">Sign in</a>
        </div>
      } @else {
        <ph-load-state [loading]="store.mine.isLoading() && !store.mine.hasValue()" [error]="store.mine.error()" (retry)="store.mine.reload()">
          @if (items().length) {
            <ul class="list" data-testid="my-contributions">
              @for (r of items(); track r.id) {
                <li class="item" data-testid="my-contribution">
                  <h2 lang="en">
                    @if (r.kind !== 'COUNTRY_FACT') {
                      <a [routerLink]="['/contribute/revision', r.id]">{{ r.title || untitled }}</a>
                    } @else {
                      {{ r.title || untitled }}
                    }
                  </h2>
                  <p class="meta">
                    <span class="state-chip" [class]="r.state">{{ stateLabel(r.state) }}</span>
                    <span>
                      @switch (r.kind) {
                        @case ('PRACTICE') {
                          <ng-container i18n="@@contribute.kind.PRACTICE">Practice</ng-container>
                        }
                        @case ('RESOURCE') {
                          <ng-container i18n="@@contribute.kind.RESOURCE">Resource</ng-container>
                        }
                        @case ('ORGANISATION') {
                          <ng-container i18n="@@contribute.kind.ORGANISATION">Organisation profile</ng-container>
                        }
                        @default {
                          <ng-container i18n="@@contribute.kind.COUNTRY_FACT">Country fact</ng-container>
                        }
                      }
                      · <ng-container i18n="@@contribute.revisionNumber">Revision {{ r.number }}</ng-container>
                    </span>
                    @if (r.organisation; as o) {
                      <span>· {{ o.name }}</span>
                    }
                  </p>
                  <p class="ph-muted" i18n="@@contribute.mine.updated">Updated {{ r.updatedAt | phLongDate }}</p>
                  @if (r.reviewComment) {
                    <div class="comment">
                      <p class="who" i18n="@@contribute.mine.reviewerSaid">The reviewer’s comment</p>
                      <p class="multiline">{{ r.reviewComment }}</p>
                    </div>
                  }
                  @if (r.state === 'PUBLISHED' && r.recordSlug && publicPath(r.kind, r.recordSlug); as page) {
                    <p><a [routerLink]="page" data-testid="mine-public-page" i18n="@@contribute.mine.publicPage">See the public page</a></p>
                  }
                </li>
              }
            </ul>
          } @else {
            <div class="empty" data-testid="mine-empty">
              <p i18n="@@contribute.mine.empty">You have not written any contribution yet.</p>
              @if (editorOf().length) {
                <p i18n="@@contribute.mine.howToStart">To write a practice, open your organisation’s page:</p>
                <ul>
                  @for (o of editorOf(); track o.slug) {
                    <li><a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a></li>
                  }
                </ul>
              } @else {
                <p class="hint" i18n="@@contribute.mine.notEditor">Practices are written for an organisation: ask to edit for yours on its page, under Organisations.</p>
              }
            </div>
          }
        </ph-load-state>
      }
    </div>
  `,
  styleUrl: './contribute-forms.scss',
  styles: `
    .list {
      list-style: none;
      padding: 0;
      margin: 16px 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      overflow-wrap: anywhere;
    }
    .item h2 {
      margin: 0 0 8px;
      font-size: 1.15rem;
    }
    .item p {
      margin: 4px 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .comment {
      margin: 8px 0;
      padding: 8px 12px;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-surface-container);
    }
    .who {
      font-weight: 500;
    }
  `,
})
export class MyContributionsComponent {
  protected readonly store = inject(ContributionsStore);
  protected readonly session = inject(SessionStore);
  private readonly memberships = inject(MyMembershipsStore);
  protected readonly untitled = $localize`:@@contribute.untitled:(untitled)`;

  /** Newest first (the API's order, kept even if it changes). */
  protected readonly items = computed(() =>
    [...(this.store.mine.value()?.myContributions ?? [])].sort((a, b) =>
      String(b.updatedAt).localeCompare(String(a.updatedAt)),
    ),
  );
  protected readonly editorOf = computed(() =>
    (this.memberships.memberships.value()?.myMemberships ?? [])
      .filter((m) => m.status === 'APPROVED')
      .map((m) => m.organisation),
  );

  protected readonly publicPath = publicPath;

  protected stateLabel(state: string): string {
    return revisionStateLabel(state);
  }
}
