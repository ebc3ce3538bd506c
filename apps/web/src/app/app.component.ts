import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
// Used only inside @defer below: Angular compiles it to a dynamic import, so the lib stays lazy.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SearchBoxComponent } from '@peerhub/search/feature';
import { uiLanguage } from '@peerhub/shared/data-access';
import { filter, map } from 'rxjs';

interface NavItem {
  path: string;
  label: string;
}

/** The UI languages, each named in itself; `path` is the locale's folder (see apps/web/project.json i18n). */
export const UI_LANGUAGES = [
  { path: 'en', lang: 'en', name: 'English' },
  { path: 'fr', lang: 'fr', name: 'Français' },
  { path: 'pt', lang: 'pt-PT', name: 'Português' },
  { path: 'no', lang: 'nb', name: 'Norsk' },
] as const;

@Component({
  selector: 'ph-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    SearchBoxComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main" i18n="@@shell.skip">Skip to content</a>
    <header class="shell-header">
      <mat-toolbar class="toolbar">
        <!-- Phones: the navigation in a menu (Material's menu moves focus into it, closes on a choice or Escape). -->
        <button
          mat-icon-button
          type="button"
          class="phone-only menu-button"
          data-testid="nav-menu-button"
          [matMenuTriggerFor]="navMenu"
          i18n-aria-label="@@shell.menu"
          aria-label="Menu"
        >
          <mat-icon aria-hidden="true">menu</mat-icon>
        </button>
        <mat-menu #navMenu="matMenu">
          <nav i18n-aria-label="@@shell.navMenu" aria-label="Main menu">
            @for (item of nav; track item.path) {
              <a mat-menu-item [routerLink]="item.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                item.label
              }}</a>
            }
          </nav>
        </mat-menu>
        <a class="brand" routerLink="/" i18n-aria-label="@@shell.homeLink" aria-label="PeerHub Europe, home">
          <span class="logo" aria-hidden="true"></span>
          <span>PeerHub Europe</span>
        </a>
        <nav class="nav" i18n-aria-label="@@shell.nav" aria-label="Main">
          @for (item of nav; track item.path) {
            <a mat-button [routerLink]="item.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
              item.label
            }}</a>
          }
        </nav>
        <span class="spacer"></span>
        <button
          mat-icon-button
          type="button"
          class="phone-only"
          data-testid="search-toggle"
          aria-controls="shell-search"
          [attr.aria-expanded]="searchOpen()"
          i18n-aria-label="@@shell.searchToggle"
          aria-label="Search"
          (click)="toggleSearch()"
        >
          @if (searchOpen()) {
            <mat-icon aria-hidden="true">close</mat-icon>
          } @else {
            <mat-icon aria-hidden="true">search</mat-icon>
          }
        </button>
        <!-- Its autocomplete (Material form field, overlay, forms) loads after the first paint, in a box of its size. -->
        @defer (on idle) {
          <ph-search-box id="shell-search" class="search" [class.open]="searchOpen()" />
        } @placeholder {
          <span class="search search-placeholder" aria-hidden="true"></span>
        }
        <button
          mat-button
          type="button"
          class="lang"
          [matMenuTriggerFor]="languages"
          data-testid="language-switcher"
          [attr.aria-label]="languageLabel"
        >
          <mat-icon aria-hidden="true">translate</mat-icon>
          <span class="lang-name">{{ currentName }}</span>
        </button>
        <mat-menu #languages="matMenu">
          @for (l of languageLinks; track l.path) {
            <a
              mat-menu-item
              [href]="'/' + l.path + url()"
              [attr.lang]="l.lang"
              [attr.hreflang]="l.lang"
              [attr.aria-current]="l.path === current ? 'true' : null"
            >{{ l.name }}</a>
          }
        </mat-menu>
      </mat-toolbar>
    </header>
    <main id="main" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="footer">
      <p i18n="@@shell.footer">
        PeerHub Europe — a European knowledge network for mental-health peer support. Every fact names its
        source.
      </p>
    </footer>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .shell-header {
      position: sticky;
      top: 0;
      z-index: 20;
    }
    .phone-only {
      display: none;
    }
    .skip-link {
      position: absolute;
      left: -10000px;
      top: 8px;
      z-index: 10;
      background: var(--mat-sys-surface);
      padding: 8px 16px;
    }
    .skip-link:focus {
      left: 8px;
    }
    .toolbar {
      gap: 16px;
      flex-wrap: wrap;
      height: auto;
      min-height: 64px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 10px;
      color: inherit;
      text-decoration: none;
      font-weight: 500;
      font-size: 1.2rem;
    }
    .logo {
      width: 28px;
      height: 28px;
      border-radius: 50%;
      background:
        radial-gradient(circle at 35% 50%, #1f5fa8 55%, transparent 56%),
        radial-gradient(circle at 65% 50%, #3aa58a 55%, transparent 56%);
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .spacer { flex: 1; }
    .search-placeholder {
      display: block;
      flex: 0 1 300px;
      min-width: 200px;
      height: 40px;
    }
    .lang mat-icon { margin-right: 4px; }
    .nav a.active {
      background: color-mix(in srgb, var(--mat-sys-primary) 14%, transparent);
    }
    /* Phones and narrow windows: one compact bar (56 px) that stays; the links in a menu, search behind an icon. */
    @media (max-width: 899px) {
      .phone-only {
        display: inline-flex;
      }
      .toolbar {
        gap: 4px;
        min-height: 56px;
        padding: 0 4px;
      }
      .toolbar > .nav,
      .search-placeholder,
      .lang-name {
        display: none;
      }
      .brand {
        font-size: 1.05rem;
        gap: 8px;
        min-width: 0;
        white-space: nowrap;
      }
      .lang {
        min-width: 48px;
        padding: 0 8px;
      }
      .lang mat-icon {
        margin-right: 0;
      }
      .search {
        display: none;
      }
      .search.open {
        display: block;
        order: 10;
        flex: 1 0 100%;
        padding-bottom: 8px;
      }
    }
    main {
      flex: 1;
      outline: none;
    }
    .footer {
      padding: 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
      border-top: 1px solid var(--mat-sys-outline-variant);
      font-size: 0.9rem;
    }
  `,
})
export class AppComponent {
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Phones: whether the search box is shown under the bar (the icon button toggles it). */
  protected readonly searchOpen = signal(false);

  constructor() {
    // A new page closes the phone search row.
    this.router.events
      .pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => this.searchOpen.set(false));
  }

  protected toggleSearch(): void {
    this.searchOpen.update((open) => !open);
    if (this.searchOpen()) {
      // After the row is shown, the caret goes to the box so one tap is enough to type.
      setTimeout(() =>
        this.host.nativeElement.querySelector<HTMLInputElement>('#shell-search input')?.focus(),
      );
    }
  }
  /** The current in-app path, so switching language keeps the page. */
  protected readonly url = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  protected readonly current = uiLanguage();
  protected readonly languageLinks = UI_LANGUAGES;
  protected readonly currentName = UI_LANGUAGES.find((l) => l.path === this.current)?.name ?? 'English';
  /** "Language: Français" — built here because Angular drops an i18n attribute that holds an interpolation. */
  protected readonly languageLabel = `${$localize`:@@shell.languageLabel:Language`}: ${this.currentName}`;

  protected readonly nav: NavItem[] = [
    { path: '/practices', label: $localize`:@@nav.practices:Practices` },
    { path: '/organisations', label: $localize`:@@nav.organisations:Organisations` },
    { path: '/resources', label: $localize`:@@nav.resources:Resources` },
    { path: '/countries', label: $localize`:@@nav.countries:Countries` },
    { path: '/competency-framework', label: $localize`:@@nav.framework:Competencies` },
    { path: '/training-profile', label: $localize`:@@nav.training:Training` },
  ];
}
