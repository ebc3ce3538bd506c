import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';

/** The tab title of every not-found page, in the UI language. */
export const NOT_FOUND_TITLE = $localize`:@@notFound.tabTitle:Not found — PeerHub Europe`;

/**
 * The one not-found presentation: an unknown address (the `**` route) and a record the API says does not exist
 * (a detail page's NOT_FOUND). Says so in the reader's language, offers a search and the main sections, and names
 * the tab "Not found". No "Try again": trying again cannot help. The server answers such addresses with HTTP 404.
 */
@Component({
  selector: 'ph-not-found-state',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found" data-testid="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" i18n="@@notFound.title">Page not found</h1>
      <p>{{ message() }}</p>
      <form class="search" role="search" (submit)="search($event, q.value)">
        <label for="not-found-q" i18n="@@notFound.searchLabel">Search the portal</label>
        <div class="row">
          <input id="not-found-q" #q type="search" name="q" autocomplete="off" maxlength="300" />
          <button class="ph-text-button ph-filled-button" type="submit" i18n="@@notFound.searchButton">
            Search
          </button>
        </div>
      </form>
      <h2 i18n="@@notFound.sections">Or go to</h2>
      <ul class="sections">
        <li><a routerLink="/" i18n="@@notFound.home">Go to the home page</a></li>
        <li><a routerLink="/practices" i18n="@@nav.practices">Practices</a></li>
        <li><a routerLink="/organisations" i18n="@@nav.organisations">Organisations</a></li>
        <li><a routerLink="/resources" i18n="@@nav.resources">Resources</a></li>
        <li><a routerLink="/countries" i18n="@@nav.countries">Countries</a></li>
      </ul>
    </section>
  `,
  styles: `
    .not-found {
      max-width: 640px;
      padding: 8px 0 24px;
    }
    .search label {
      display: block;
      font-weight: 500;
      margin-bottom: 4px;
    }
    .row {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .row input {
      flex: 1 1 200px;
      min-width: 0;
      min-height: 40px;
      padding: 0 12px;
      font: inherit;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    h2 {
      font-size: 1.1rem;
      margin-top: 24px;
    }
    .sections {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      padding: 0;
      list-style: none;
    }
    .sections a {
      display: inline-block;
      min-height: 24px;
      padding: 4px 0;
    }
  `,
})
export class NotFoundStateComponent implements OnInit {
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  readonly message = input(
    $localize`:@@notFound.text:There is no page at this address. It may have moved, or the link may be mistyped.`,
  );

  ngOnInit(): void {
    this.title.setTitle(NOT_FOUND_TITLE);
  }

  protected search(event: Event, raw: string): void {
    event.preventDefault();
    const q = raw.trim();
    void this.router.navigate(['/search'], { queryParams: q ? { q } : {} });
  }
}

/**
 * True for an API error saying the record does not exist (`extensions.code` NOT_FOUND), or that the address names
 * none it could (BAD_USER_INPUT on the record's `slug` or `code` alone: `/practices/<script>`, a 200-letter slug,
 * `/countries/ZZZ`). The server answers those addresses 404 too; a reader is told "not found", never the API's
 * rule for slugs, and gets no "Try again" that could not help.
 */
export function isNotFoundError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as {
    code?: unknown;
    errors?: readonly { extensions?: Readonly<Record<string, unknown>> }[];
  };
  if (e.code === 'NOT_FOUND') return true;
  const args = e.errors?.[0]?.extensions?.['arguments'];
  return (
    e.code === 'BAD_USER_INPUT' &&
    Array.isArray(args) &&
    args.length === 1 &&
    (args[0] === 'slug' || args[0] === 'code')
  );
}
