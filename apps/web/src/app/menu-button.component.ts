import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  ViewEncapsulation,
} from '@angular/core';

let nextId = 0;

/**
 * A menu button for the shell, without Material's menu (its overlay, focus trap and ripple weighed about 100 kB
 * of the first bundle, issue 11). It follows the WAI-ARIA menu button pattern as Material's menu did: the button
 * says `aria-haspopup="menu"` and `aria-expanded`; opening moves focus to the first item (the last with ↑);
 * ↑/↓ move between items, Home/End jump, Escape closes and returns focus to the button, Tab closes and moves on;
 * a click on an item or outside closes.
 *
 * Content: the button's inside marked `phMenuTrigger`, then the panel's: an element with `role="menu"` holding
 * `role="menuitem"` links (wrapped in a `<nav>` where the menu is navigation).
 */
@Component({
  selector: 'ph-menu-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The items are projected from the shell's template: plain, `ph-menu`-prefixed styles reach them.
  encapsulation: ViewEncapsulation.None,
  template: `
    <button
      type="button"
      [class]="'ph-menu-trigger ' + triggerClass()"
      [attr.data-testid]="testId()"
      [attr.aria-label]="label()"
      aria-haspopup="menu"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="panelId"
      (click)="toggle()"
      (keydown)="onTriggerKey($event)"
    >
      <ng-content select="[phMenuTrigger]" />
    </button>
    <div
      class="ph-menu-panel"
      [class.ph-menu-end]="align() === 'end'"
      [id]="panelId"
      [hidden]="!open()"
      (keydown)="onPanelKey($event)"
      (click)="onPanelClick($event)"
    >
      <ng-content />
    </div>
  `,
  styles: `
    ph-menu-button {
      position: relative;
      display: inline-flex;
    }
    .ph-menu-panel {
      position: absolute;
      top: calc(100% + 4px);
      left: 0;
      z-index: 30;
      min-width: 160px;
      max-width: 280px;
      padding: 8px 0;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
      box-shadow: var(--mat-sys-level2);
    }
    .ph-menu-panel[hidden] {
      display: none;
    }
    .ph-menu-panel.ph-menu-end {
      left: auto;
      right: 0;
    }
    .ph-menu-panel [role='menuitem'] {
      display: flex;
      align-items: center;
      min-height: 48px;
      padding: 0 16px;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      letter-spacing: var(--mat-sys-label-large-tracking);
      text-decoration: none;
      white-space: nowrap;
    }
    .ph-menu-panel [role='menuitem']:hover,
    .ph-menu-panel [role='menuitem']:focus {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    .ph-menu-panel [role='menuitem'][aria-current] {
      background: color-mix(in srgb, var(--mat-sys-primary) 14%, transparent);
    }
  `,
})
export class MenuButtonComponent {
  /** The button's accessible name (its visible text may be only an icon or a short name). */
  readonly label = input.required<string>();
  readonly testId = input<string>();
  /** Classes for the button (the shell's icon or text button look). */
  readonly triggerClass = input('');
  /** `end`: the panel lines up with the button's right edge (a button at the end of the bar). */
  readonly align = input<'start' | 'end'>('start');

  protected readonly open = signal(false);
  protected readonly panelId = `ph-menu-${nextId++}`;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  // The document Angular renders into: the browser's, or the server's per-request one (no global `document` there).
  private readonly document = inject(DOCUMENT);

  constructor() {
    const outside = (e: Event) => {
      if (this.open() && !this.host.contains(e.target as Node)) this.open.set(false);
    };
    afterNextRender(() => this.document.addEventListener('click', outside, true));
    inject(DestroyRef).onDestroy(() => this.document.removeEventListener('click', outside, true));
  }

  protected toggle(): void {
    if (this.open()) this.close(false);
    else this.show('first');
  }

  protected onTriggerKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.show(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  protected onPanelKey(e: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(this.document.activeElement as HTMLElement);
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = (at + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (at - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        e.preventDefault();
        this.close(true);
        return;
      case 'Tab':
        this.close(false);
        return;
      default:
        return;
    }
    e.preventDefault();
    items[next]?.focus();
  }

  protected onPanelClick(e: MouseEvent): void {
    if ((e.target as HTMLElement).closest('[role="menuitem"]')) this.close(false);
  }

  private show(focus: 'first' | 'last'): void {
    this.open.set(true);
    // Focus can move only once the panel is shown, after this change is rendered.
    afterNextRender(
      () => {
        const items = this.items();
        items[focus === 'first' ? 0 : items.length - 1]?.focus();
      },
      { injector: this.injector },
    );
  }

  private close(returnFocus: boolean): void {
    this.open.set(false);
    if (returnFocus) this.host.querySelector<HTMLElement>('.ph-menu-trigger')?.focus();
  }

  private items(): HTMLElement[] {
    return Array.from(this.host.querySelectorAll<HTMLElement>('.ph-menu-panel [role="menuitem"]'));
  }
}
