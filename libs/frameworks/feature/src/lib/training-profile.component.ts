import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TrainingProfileStore } from '@peerhub/frameworks/data-access';
import { LoadStateComponent, NumberPipe, SourcesComponent } from '@peerhub/shared/ui';

@Component({
  selector: 'ph-training-profile',
  imports: [NumberPipe, LoadStateComponent, SourcesComponent],
  providers: [TrainingProfileStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <ph-load-state
        [loading]="store.profile.isLoading()"
        [error]="store.profile.error()"
        (retry)="store.profile.reload()"
      >
        @if (store.value(); as t) {
          <article data-testid="training-profile">
            <h1 lang="en">{{ t.title }}</h1>
            <p class="description" lang="en">{{ t.description }}</p>

            <dl class="facts">
              <dt i18n="@@training.admission">Admission</dt>
              <dd lang="en">{{ t.admission }}</dd>
              <dt i18n="@@training.duration">Duration</dt>
              <dd lang="en">{{ t.duration }}</dd>
              @if (t.maxSessionHours !== null) {
                <dt i18n="@@training.maxSession">Longest session</dt>
                <dd i18n="@@training.hours">{{ t.maxSessionHours | phNumber }} hours at most</dd>
              }
              <dt i18n="@@training.accreditation">Accreditation</dt>
              <dd lang="en">{{ t.accreditation }}</dd>
            </dl>

            <div class="levels" data-testid="training-elements">
              <section aria-labelledby="basic-heading" data-testid="training-basic">
                <h2 id="basic-heading" i18n="@@training.basic">Basic training</h2>
                <ol class="elements">
                  @for (e of store.basic(); track e.code) {
                    <li>
                      <h3>
                        <span class="code">{{ e.code }}</span> {{ e.title }}
                      </h3>
                      <p>
                        <span class="rec" i18n="@@training.recommendation">Recommendation:</span>
                        {{ e.recommendation }}
                      </p>
                    </li>
                  } @empty {
                    <li class="ph-muted" i18n="@@training.noElements">No element recorded.</li>
                  }
                </ol>
              </section>
              <section aria-labelledby="advanced-heading" data-testid="training-advanced">
                <h2 id="advanced-heading" i18n="@@training.advanced">Advanced training</h2>
                <ol class="elements">
                  @for (e of store.advanced(); track e.code) {
                    <li>
                      <h3>
                        <span class="code">{{ e.code }}</span> {{ e.title }}
                      </h3>
                      <p>
                        <span class="rec" i18n="@@training.recommendation">Recommendation:</span>
                        {{ e.recommendation }}
                      </p>
                    </li>
                  } @empty {
                    <li class="ph-muted" i18n="@@training.noElements">No element recorded.</li>
                  }
                </ol>
              </section>
            </div>

            <ph-sources [sources]="t.sources" [verifiedOn]="t.verifiedOn" />
          </article>
        }
      </ph-load-state>
    </div>
  `,
  styles: `
    .description {
      font-size: 1.1rem;
      line-height: 1.6;
      max-width: 860px;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 12px 24px;
      margin: 24px 0;
    }
    .facts dt {
      font-weight: 500;
    }
    .facts dd {
      margin: 0;
      line-height: 1.5;
    }
    .levels {
      display: grid;
      gap: 24px;
      grid-template-columns: 1fr;
    }
    @media (min-width: 840px) {
      .levels {
        grid-template-columns: 1fr 1fr;
      }
    }
    .levels section {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 4px 16px 8px;
    }
    h2 {
      font-size: 1.25rem;
    }
    .elements {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .elements li {
      padding: 10px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .elements h3 {
      font-size: 1rem;
      margin: 0 0 4px;
      display: flex;
      gap: 8px;
      align-items: baseline;
    }
    .elements p {
      margin: 0;
      line-height: 1.5;
    }
    .code {
      font-family: ui-monospace, monospace;
      color: var(--mat-sys-primary);
      font-size: 0.9em;
    }
    .rec {
      font-weight: 500;
    }
    @media (max-width: 600px) {
      .facts {
        grid-template-columns: 1fr;
        gap: 4px;
      }
      .facts dd {
        margin-bottom: 8px;
      }
    }
  `,
})
export class TrainingProfileComponent {
  protected readonly store = inject(TrainingProfileStore);
  private readonly title = inject(Title);

  constructor() {
    effect(() => {
      const t = this.store.value();
      if (t) this.title.setTitle(`${t.title} — PeerHub Europe`);
    });
  }
}
