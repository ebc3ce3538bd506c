import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { enumLabel } from './labels';

const ICONS: Record<string, string> = {
  ESTABLISHED: '●●●',
  PARTIAL: '●●○',
  EMERGING: '●○○',
  ABSENT: '○○○',
  UNKNOWN: '?',
  MET: '✓',
  NOT_MET: '✗',
};

/**
 * A profile level (Established … Unknown) or a precondition status (Met / Not met / Unknown) as a labelled chip.
 * Colour is never the only signal: each chip has its text and a dot/tick pattern.
 */
@Component({
  selector: 'ph-level',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-level]': 'value()' },
  template: `<span [class]="'chip chip-' + css()"
    ><span class="icon" aria-hidden="true">{{ icon() }}</span> {{ text() }}</span
  >`,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.85rem;
      white-space: nowrap;
      border: 1px solid currentColor;
    }
    .icon {
      letter-spacing: 1px;
      font-size: 0.7rem;
    }
    .chip-established,
    .chip-met {
      color: #0b5d1e;
      background: #e3f3e6;
    }
    .chip-partial {
      color: #6b4e00;
      background: #fbf0d0;
    }
    .chip-emerging {
      color: #0b4a8b;
      background: #e1ecf8;
    }
    .chip-absent,
    .chip-not_met {
      color: #8c1d18;
      background: #fbe7e6;
    }
    .chip-unknown {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
      border-style: dashed;
    }
    @media print {
      .chip {
        background: none !important;
        color: #000 !important;
      }
    }
  `,
})
export class LevelChipComponent {
  /** A DimensionLevel or PreconditionStatus value, e.g. ESTABLISHED or NOT_MET. */
  readonly value = input.required<string>();
  /** A page's own name for the value (e.g. "Cannot be judged" for UNKNOWN on the transferability page). */
  readonly label = input<string>();
  protected readonly text = computed(() => this.label() || enumLabel(this.value()));
  protected readonly css = computed(() => this.value().toLowerCase());
  protected readonly icon = computed(() => ICONS[this.value()] ?? '');
}
