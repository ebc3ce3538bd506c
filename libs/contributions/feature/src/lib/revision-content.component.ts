import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContributionsStore, RevisionView } from '@peerhub/contributions/data-access';
import { languageName } from '@peerhub/countries/data-access';
import { JoinPipe, LabelPipe, enumLabel } from '@peerhub/shared/ui';

/**
 * What one revision of a practice, a resource or an organisation profile holds, readable as on its public page:
 * the text rendered from Markdown (sanitised on the server, and by Angular again), enum values as labels,
 * languages and countries by name, sources and organisations linked. Country facts have their own view.
 */
@Component({
  selector: 'ph-revision-content',
  imports: [NgTemplateOutlet, RouterLink, JoinPipe, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = revision();
    @if (r.practice; as p) {
      <dl class="content" data-testid="revision-content">
        <dt i18n="@@contribute.content.title">Title</dt>
        <dd lang="en">{{ p.title }}</dd>
        <dt i18n="@@contribute.review.summary">Summary</dt>
        <dd class="rich" lang="en" [innerHTML]="p.summaryHtml"></dd>
        <dt i18n="@@contribute.review.where">Where</dt>
        <dd>{{ countryName(p.countryCode) }}@if (p.place) {, {{ p.place }}}@if (p.startYear) { · {{ p.startYear }}}</dd>
        <dt i18n="@@contribute.review.category">Form of peer support</dt>
        <dd>{{ p.category | phLabel }} · {{ p.leadership | phLabel }} · {{ p.status | phLabel }}</dd>
        @if (p.setting) {
          <dt i18n="@@contribute.review.setting">Setting</dt>
          <dd class="multiline" lang="en">{{ p.setting }}</dd>
        }
        @if (p.targetGroup) {
          <dt i18n="@@contribute.review.targetGroup">Who it is for</dt>
          <dd class="multiline" lang="en">{{ p.targetGroup }}</dd>
        }
        @if (p.principles.length) {
          <dt i18n="@@contribute.review.principles">Principles</dt>
          <dd>{{ labels(p.principles) }}</dd>
        }
        @if (p.whatWorks.length) {
          <dt i18n="@@contribute.review.whatWorks">What works</dt>
          <dd>
            <ul lang="en">
              @for (x of p.whatWorks; track $index) {
                <li>{{ x }}</li>
              }
            </ul>
          </dd>
        }
        @if (p.improvements.length) {
          <dt i18n="@@contribute.review.improvements">What could be better</dt>
          <dd>
            <ul lang="en">
              @for (x of p.improvements; track $index) {
                <li>{{ x }}</li>
              }
            </ul>
          </dd>
        }
        @if (p.lessons.length) {
          <dt i18n="@@contribute.review.lessons">Lessons</dt>
          <dd>
            <ul lang="en">
              @for (x of p.lessons; track $index) {
                <li>{{ x }}</li>
              }
            </ul>
          </dd>
        }
        @if (p.preconditions.length) {
          <dt i18n="@@contribute.review.preconditions">Preconditions</dt>
          <dd>
            <ul>
              @for (x of p.preconditions; track $index) {
                <li>
                  <strong>{{ x.kind | phLabel }}</strong>: <span lang="en">{{ x.text }}</span>
                </li>
              }
            </ul>
          </dd>
        }
        @if (p.topics.length) {
          <dt i18n="@@contribute.review.topics">Topics</dt>
          <dd lang="en">{{ p.topics.join(', ') }}</dd>
        }
        <dt i18n="@@contribute.review.sources">Sources</dt>
        <dd>
          <ng-container *ngTemplateOutlet="sourceList; context: { $implicit: p.sources }" />
        </dd>
        @if (p.organisations.length) {
          <dt i18n="@@contribute.review.organisations">Organisations behind it</dt>
          <dd>
            @for (o of p.organisations; track o.id; let last = $last) {
              <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>@if (!last) {, }
            }
          </dd>
        }
      </dl>
    } @else if (r.resource; as x) {
      <dl class="content" data-testid="revision-content">
        <dt i18n="@@contribute.content.title">Title</dt>
        <dd [attr.lang]="x.language">{{ x.title }}</dd>
        <dt i18n="@@contribute.content.kind">Kind of resource</dt>
        <dd>{{ [(x.type | phLabel), language(x.language), x.year] | phJoin: ' · ' }}</dd>
        @if (x.descriptionHtml) {
          <dt i18n="@@contribute.content.description">Description</dt>
          <dd class="rich" lang="en" [innerHTML]="x.descriptionHtml"></dd>
        }
        @if (x.publisher || x.publisherOrganisation) {
          <dt i18n="@@contribute.content.publisher">Publisher</dt>
          <dd>
            @if (x.publisherOrganisation; as po) {
              <a [routerLink]="['/organisations', po.slug]">{{ x.publisher || po.name }}</a>
            } @else {
              {{ x.publisher }}
            }
          </dd>
        }
        @if (x.audience.length) {
          <dt i18n="@@contribute.content.audience">Audience</dt>
          <dd>{{ labels(x.audience) }}</dd>
        }
        @if (x.topics.length) {
          <dt i18n="@@contribute.review.topics">Topics</dt>
          <dd lang="en">{{ x.topics.join(', ') }}</dd>
        }
        @if (x.competencyTags.length) {
          <dt i18n="@@contribute.content.competencies">Competencies</dt>
          <dd lang="en">{{ x.competencyTags.join(', ') }}</dd>
        }
        <dt i18n="@@contribute.content.link">Link</dt>
        <dd>
          @if (x.url) {
            <a [href]="x.url" target="_blank" rel="noopener">{{ x.url }}</a>
          } @else {
            <span class="ph-muted" i18n="@@contribute.content.notOnline">Not available online</span>
          }
        </dd>
        <dt i18n="@@contribute.review.sources">Sources</dt>
        <dd>
          <ng-container *ngTemplateOutlet="sourceList; context: { $implicit: x.sources }" />
        </dd>
        @if (x.organisations.length) {
          <dt i18n="@@contribute.review.organisations">Organisations behind it</dt>
          <dd>
            @for (o of x.organisations; track o.id; let last = $last) {
              <a [routerLink]="['/organisations', o.slug]">{{ o.name }}</a>@if (!last) {, }
            }
          </dd>
        }
      </dl>
    } @else if (r.organisationProfile; as o) {
      <dl class="content" data-testid="revision-content">
        <dt i18n="@@contribute.content.name">Name</dt>
        <dd>
          {{ o.name }}
          @if (o.acronym && o.acronym !== o.name) {
            ({{ o.acronym }})
          }
        </dd>
        <dt i18n="@@contribute.content.orgType">Type of organisation</dt>
        <dd>{{ o.type | phLabel }}</dd>
        <dt i18n="@@contribute.review.where">Where</dt>
        <dd>{{ [o.city, countryName(o.countryCode)] | phJoin }}</dd>
        @if (o.descriptionHtml) {
          <dt i18n="@@contribute.content.description">Description</dt>
          <dd class="rich" lang="en" [innerHTML]="o.descriptionHtml"></dd>
        }
        @if (o.expertise.length) {
          <dt i18n="@@contribute.content.expertise">Expertise</dt>
          <dd lang="en">{{ o.expertise.join(', ') }}</dd>
        }
        @if (o.languages.length) {
          <dt i18n="@@contribute.content.languages">Languages</dt>
          <dd>{{ languages(o.languages) }}</dd>
        }
        @if (o.projects.length) {
          <dt i18n="@@contribute.content.projects">Projects</dt>
          <dd>{{ o.projects.join(', ') }}</dd>
        }
        @if (o.website) {
          <dt i18n="@@contribute.content.website">Website</dt>
          <dd><a [href]="o.website" target="_blank" rel="noopener">{{ o.website }}</a></dd>
        }
        <dt i18n="@@contribute.content.partnership">Open to partnership</dt>
        <dd>
          @if (o.openToPartnership) {
            <ng-container i18n="@@contribute.content.yes">Yes</ng-container>
          } @else {
            <ng-container i18n="@@contribute.content.no">No</ng-container>
          }
        </dd>
        <dt i18n="@@contribute.review.sources">Sources</dt>
        <dd>
          <ng-container *ngTemplateOutlet="sourceList; context: { $implicit: o.sources }" />
        </dd>
      </dl>
    }

    <ng-template #sourceList let-sources>
      @for (s of sources; track $index) {
        <p class="source">
          @if (s.url) {
            <a [href]="s.url" target="_blank" rel="noopener">{{ s.title }}</a>
          } @else {
            {{ s.title }}
          }
          @if (s.locator) {
            <span class="ph-muted"> — {{ s.locator }}</span>
          }
        </p>
      } @empty {
        <span class="ph-muted" i18n="@@contribute.review.noSource">No source recorded.</span>
      }
    </ng-template>
  `,
  styles: `
    :host {
      display: block;
    }
    .content {
      margin: 8px 0;
    }
    dt {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0 0 8px;
      overflow-wrap: anywhere;
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    .source {
      margin: 0;
    }
    .rich {
      line-height: 1.5;
    }
    .multiline {
      white-space: pre-line;
    }
  `,
})
export class RevisionContentComponent {
  readonly revision = input.required<RevisionView>();

  private readonly store = inject(ContributionsStore);
  private readonly locale = inject(LOCALE_ID);
  private readonly countries = computed(() => new Map(this.store.countries().map((c) => [c.code, c.name])));

  protected countryName(code: string): string {
    return this.countries().get(code) ?? code;
  }

  protected language(code: string): string {
    return languageName(code, this.locale);
  }

  protected languages(codes: readonly string[]): string {
    return codes.map((c) => languageName(c, this.locale)).join(', ');
  }

  protected labels(values: readonly string[]): string {
    return values.map(enumLabel).join(', ');
  }
}
