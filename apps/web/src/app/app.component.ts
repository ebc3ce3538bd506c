import { ChangeDetectionStrategy, Component, ElementRef, inject, LOCALE_ID, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
// Used only inside @defer below: Angular compiles it to a dynamic import, so the lib stays lazy.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SearchBoxComponent } from '@peerhub/search/feature';
import { SearchHandover } from '@peerhub/search/data-access/handover';
import { filter, map } from 'rxjs';
import { MenuButtonComponent } from './menu-button.component';

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

/**
 * The shell is in the first bundle, so it is built from native elements styled like Material 3 (toolbar, text
 * and icon buttons, menus): Material's button, menu, icon and toolbar modules with their CDK overlay cost about
 * 170 kB there (issue 11). Pages keep Material; they load after the shell. The four icons are inline SVG (the
 * Material Symbols paths), so the first screen waits for no icon font.
 */
@Component({
  selector: 'ph-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MenuButtonComponent, SearchBoxComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main" i18n="@@shell.skip">Skip to content</a>
    <header class="shell-header">
      <div class="toolbar ph-bar">
        <!-- Phones: the navigation in a menu (focus moves into it; it closes on a choice, Escape or Tab). -->
        <ph-menu-button
          class="phone-only"
          triggerClass="ph-icon-button"
          testId="nav-menu-button"
          i18n-label="@@shell.menu"
          label="Menu"
        >
          <svg phMenuTrigger class="ph-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
            <path d="M120-240v-80h720v80H120Zm0-200v-80h720v80H120Zm0-200v-80h720v80H120Z" />
          </svg>
          <nav i18n-aria-label="@@shell.navMenu" aria-label="Main menu">
            <div role="menu">
              @for (item of nav; track item.path) {
                <a role="menuitem" [routerLink]="item.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                  item.label
                }}</a>
              }
            </div>
          </nav>
        </ph-menu-button>
        <a class="brand ph-brand" routerLink="/" i18n-aria-label="@@shell.homeLink" aria-label="PeerHub Europe, home">
          <span class="ph-logo" aria-hidden="true"></span>
          <span>PeerHub Europe</span>
        </a>
        <nav class="nav" i18n-aria-label="@@shell.nav" aria-label="Main">
          @for (item of nav; track item.path) {
            <a class="ph-text-button" [routerLink]="item.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
              item.label
            }}</a>
          }
        </nav>
        <span class="spacer"></span>
        <button
          type="button"
          class="phone-only ph-icon-button"
          data-testid="search-toggle"
          aria-controls="shell-search"
          [attr.aria-expanded]="searchOpen()"
          i18n-aria-label="@@shell.searchToggle"
          aria-label="Search"
          (click)="toggleSearch()"
        >
          @if (searchOpen()) {
            <svg class="ph-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
              <path
                d="m256-200-56-56 224-224-224-224 56-56 224 224 224-224 56 56-224 224 224 224-56 56-224-224-224 224Z"
              />
            </svg>
          } @else {
            <svg class="ph-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
              <path
                d="M784-120 532-372q-30 24-69 38t-83 14q-109 0-184.5-75.5T120-580q0-109 75.5-184.5T380-840q109 0 184.5 75.5T640-580q0 44-14 83t-38 69l252 252-56 56ZM380-400q75 0 127.5-52.5T560-580q0-75-52.5-127.5T380-760q-75 0-127.5 52.5T200-580q0 75 52.5 127.5T380-400Z"
              />
            </svg>
          }
        </button>
        <!--
          A light search form is in the first bundle; the autocomplete (Material, overlay: about 190 kB of script)
          loads only when the box gets the focus, and takes over what was typed meanwhile and the focus.
        -->
        @defer (when searchBoxWanted()) {
          <ph-search-box id="shell-search" class="search" [class.open]="searchOpen()" />
        } @placeholder {
          <form
            id="shell-search"
            class="search ph-search-field"
            [class.open]="searchOpen()"
            role="search"
            i18n-aria-label="@@search.box.landmark"
            aria-label="Site search"
            (submit)="$event.preventDefault(); searchFor(draftBox.value)"
          >
            <svg class="ph-search-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
              <path
                d="M784-120 532-372q-30 24-69 38t-83 14q-109 0-184.5-75.5T120-580q0-109 75.5-184.5T380-840q109 0 184.5 75.5T640-580q0 44-14 83t-38 69l252 252-56 56ZM380-400q75 0 127.5-52.5T560-580q0-75-52.5-127.5T380-760q-75 0-127.5 52.5T200-580q0 75 52.5 127.5T380-400Z"
              />
            </svg>
            <input
              #draftBox
              type="search"
              name="q"
              data-testid="search-box"
              maxlength="300"
              autocomplete="off"
              enterkeyhint="search"
              i18n-aria-label="@@search.box.label"
              aria-label="Search"
              i18n-placeholder="@@search.box.placeholder"
              placeholder="Search practices, organisations, resources…"
              (focus)="handover.focused.set(true); searchBoxWanted.set(true)"
              (blur)="draftBlurred(draftBox)"
              (input)="handover.text.set(draftBox.value)"
            />
          </form>
        }
        <ph-menu-button
          triggerClass="ph-text-button ph-lang-button"
          testId="language-switcher"
          align="end"
          [label]="languageLabel"
        >
          <svg phMenuTrigger class="ph-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
            <path
              d="m476-80 182-480h84L924-80h-84l-43-122H603L560-80h-84ZM160-200l-56-56 202-202q-35-35-63.5-80T190-640h84q20 39 40 68t48 58q33-33 68.5-92.5T484-720H40v-80h280v-80h80v80h280v80H564q-21 72-63 148t-83 116l96 98-30 64-127-131-197 197Zm468-72h144l-72-204-72 204Z"
            />
          </svg>
          <span phMenuTrigger class="lang-name">{{ currentName }}</span>
          <div role="menu">
            @for (l of languageLinks; track l.path) {
              <a
                role="menuitem"
                [href]="'/' + l.path + url()"
                [attr.lang]="l.lang"
                [attr.hreflang]="l.lang"
                [attr.aria-current]="l.path === current ? 'true' : null"
                >{{ l.name }}</a
              >
            }
          </div>
        </ph-menu-button>
        <!-- The account page: sign in or sign up as a visitor; name, devices and sign-out as a member. -->
        <a
          class="ph-icon-button"
          routerLink="/account"
          routerLinkActive="active"
          ariaCurrentWhenActive="page"
          data-testid="account-link"
          i18n-aria-label="@@shell.account"
          aria-label="Your account"
          i18n-title="@@shell.account"
          title="Your account"
        >
          <svg class="ph-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
            <path
              d="M480-480q-66 0-113-47t-47-113q0-66 47-113t113-47q66 0 113 47t47 113q0 66-47 113t-113 47ZM160-160v-112q0-34 17.5-62.5T224-378q62-31 126-46.5T480-440q66 0 130 15.5T736-378q29 15 46.5 43.5T800-272v112H160Zm80-80h480v-32q0-11-5.5-20T700-306q-54-27-109-40.5T480-360q-56 0-111 13.5T260-306q-9 5-14.5 14t-5.5 20v32Zm240-320q33 0 56.5-23.5T560-640q0-33-23.5-56.5T480-720q-33 0-56.5 23.5T400-640q0 33 23.5 56.5T480-560Zm0-80Zm0 400Z"
            />
          </svg>
        </a>
      </div>
    </header>
    <main id="main" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="footer">
      <p i18n="@@shell.footer">
        PeerHub Europe — a European knowledge network for mental-health peer support. Every fact names its
        source.
      </p>
      <p class="footer-links">
        <a routerLink="/privacy" data-testid="footer-privacy" i18n="@@shell.footerPrivacy">Privacy</a>
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
    /* The bar's size, type and colours are the global .ph-bar and .ph-brand, which index.html's first paint shares. */
    .toolbar {
      flex-wrap: wrap;
      gap: 16px;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .spacer { flex: 1; }
    form.search {
      flex: 0 1 240px;
      min-width: 200px;
    }
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
      }
      .toolbar > .nav,
      .lang-name {
        display: none;
      }
      .search {
        display: none;
      }
      .search.open {
        display: flex;
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
    .footer p {
      margin: 0;
    }
    .footer-links a {
      display: inline-block;
      padding: 12px 8px;
      color: var(--mat-sys-primary);
    }
  `,
})
export class AppComponent {
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Phones: whether the search box is shown under the bar (the icon button toggles it). */
  protected readonly searchOpen = signal(false);
  /** The toolbar box got the focus once: its autocomplete loads (see the @defer above). */
  protected readonly searchBoxWanted = signal(false);
  /** Typed into the light box, and whether it has the focus: handed to the autocomplete box when it arrives. */
  protected readonly handover = inject(SearchHandover);

  constructor() {
    // A new page closes the phone search row.
    this.router.events
      .pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => this.searchOpen.set(false));
  }

  /** A blur from leaving the box, not from the light box being swapped for the real one (it is then detached). */
  protected draftBlurred(box: HTMLInputElement): void {
    queueMicrotask(() => {
      if (box.isConnected) this.handover.focused.set(false);
    });
  }

  /** Enter in the light box before the autocomplete arrived: the results page for the text. */
  protected searchFor(text: string): void {
    const q = text.trim();
    this.handover.text.set('');
    this.handover.focused.set(false);
    void this.router.navigate(['/search'], { queryParams: q ? { q } : {} });
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
  private readonly language = currentLanguage(inject(LOCALE_ID));
  /** The current locale's folder ("en", "fr", "pt", "no"). */
  protected readonly current = this.language.path;
  protected readonly languageLinks = UI_LANGUAGES;
  protected readonly currentName = this.language.name;
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

/** The UI language of a locale id ("pt-PT" → Português); English when none matches. */
function currentLanguage(localeId: string): (typeof UI_LANGUAGES)[number] {
  const id = localeId.toLowerCase();
  return (
    UI_LANGUAGES.find((l) => l.lang.toLowerCase() === id) ??
    UI_LANGUAGES.find((l) => id.startsWith(l.lang.slice(0, 2).toLowerCase())) ??
    UI_LANGUAGES[0]
  );
}
