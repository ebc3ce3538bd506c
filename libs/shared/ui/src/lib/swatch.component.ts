import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A small outlined colour swatch (20×14 px) for legends and tables, hidden from assistive technology: the level or
 * label next to it carries the meaning. The fill is any SVG paint: a colour, or `url(#id)` of a pattern defined once
 * elsewhere on the page (the map defines its hatch in its own `<defs>`), so swatches never repeat pattern ids.
 * The host lays out like the inline SVG it wraps (an inline box sitting on the baseline, never shrunk in a flex row).
 */
@Component({
  selector: 'ph-swatch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<svg class="swatch" viewBox="0 0 20 14" aria-hidden="true">
    <rect x="0.5" y="0.5" width="19" height="13" [attr.fill]="fill()" />
  </svg>`,
  styles: `
    :host {
      display: inline-block;
      width: 20px;
      height: 14px;
      flex: none;
    }
    .swatch {
      display: block;
      width: 20px;
      height: 14px;
      overflow: visible;
    }
    .swatch rect {
      stroke: #1f1f1f;
      stroke-width: 1;
    }
  `,
})
export class SwatchComponent {
  /** SVG paint of the swatch, e.g. `#2166ac` or `url(#ph-map-unknown)`. */
  readonly fill = input.required<string>();
}
