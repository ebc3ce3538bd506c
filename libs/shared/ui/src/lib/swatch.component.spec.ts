import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SwatchComponent } from './swatch.component';

@Component({
  imports: [SwatchComponent],
  template: `<ph-swatch [fill]="fill()" />`,
})
class HostComponent {
  fill = signal('#2166ac');
}

describe('SwatchComponent', () => {
  it('draws one hidden outlined rectangle in the given paint, and follows changes', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const svg = el.querySelector('ph-swatch svg.swatch');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 20 14');
    const rects = el.querySelectorAll('ph-swatch rect');
    expect(rects).toHaveLength(1);
    expect(rects[0].getAttribute('fill')).toBe('#2166ac');

    // A pattern defined elsewhere on the page is referenced, not copied: no <defs>, no ids.
    fixture.componentInstance.fill.set('url(#ph-map-unknown)');
    await fixture.whenStable();
    expect(rects[0].getAttribute('fill')).toBe('url(#ph-map-unknown)');
    expect(el.querySelector('ph-swatch [id]')).toBeNull();
  });
});
