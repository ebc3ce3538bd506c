import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FactComponent, FactView, factText } from './fact.component';

@Component({
  imports: [FactComponent],
  template: `<ph-fact [fact]="fact()" [refs]="refs()" [showSources]="showSources()" />`,
})
class HostComponent {
  fact = signal<FactView>({ level: 'ESTABLISHED', text: '', sources: [] });
  refs = signal<string | null>(null);
  showSources = signal(true);
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

const guide = { title: 'Short Guide', url: null, locator: 'Annex I' };
const brochure = { title: 'Tuto3-PAT brochure', url: 'https://example.org/b', locator: null };

describe('FactComponent', () => {
  async function render(fact: FactView, refs: string | null = null) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.fact.set(fact);
    fixture.componentInstance.refs.set(refs);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows a documented fact in English with its sources', async () => {
    const el = await render({ level: 'PARTIAL', text: 'Paid in some regions.', sources: [guide, brochure] });
    const p = el.querySelector('.dim-text')!;
    expect(text(p)).toBe('Paid in some regions.');
    expect(p.getAttribute('lang')).toBe('en');
    expect(el.querySelector('[data-testid=fact-undocumented]')).toBeNull();
    expect(text(el.querySelector('[data-testid=fact-sources]'))).toBe(
      'Sources: Short Guide (Annex I); Tuto3-PAT brochure',
    );
    expect(el.querySelector('[data-testid=fact-sources] a')!.getAttribute('href')).toBe(
      'https://example.org/b',
    );
  });

  it('says an unknown fact is not documented yet, then the context note, then the documents checked', async () => {
    const el = await render({
      level: 'UNKNOWN',
      text: 'Partners ran a training.',
      sources: [guide, brochure],
    });
    const p = el.querySelector('[data-testid=fact-undocumented]')!;
    expect(text(p)).toBe('Not documented yet. Partners ran a training.');
    // the page's own words are in the page's language; only the stored note is English
    expect(p.getAttribute('lang')).toBeNull();
    expect(p.querySelector('[data-testid=fact-note]')!.getAttribute('lang')).toBe('en');
    expect(text(el.querySelector('[data-testid=fact-sources]'))).toBe(
      'Checked: Short Guide (Annex I); Tuto3-PAT brochure',
    );
    expect(el.querySelector('ph-fact')!.getAttribute('data-undocumented')).toBe('true');
  });

  it('shows an unknown fact without a note as "Not documented yet." and its checked documents', async () => {
    const el = await render({ level: 'UNKNOWN', text: '', sources: [guide] });
    expect(text(el.querySelector('.dim-text'))).toBe('Not documented yet.');
    expect(el.querySelector('[data-testid=fact-note]')).toBeNull();
    expect(text(el.querySelector('[data-testid=fact-sources]'))).toBe('Checked: Short Guide (Annex I)');
  });

  it('shows numbered references instead of titles when given them', async () => {
    let el = await render({ level: 'UNKNOWN', text: '', sources: [guide] }, '[3]');
    expect(text(el.querySelector('.dim-text'))).toBe('Not documented yet. Checked: [3]');
    expect(el.querySelector('[data-testid=fact-sources]')).toBeNull();
    el = await render({ level: 'ESTABLISHED', text: 'A law since 2021.', sources: [guide] }, '[1, 2]');
    expect(text(el.querySelector('.dim-text'))).toBe('A law since 2021. [1, 2]');
    expect(text(el.querySelector('.refs'))).toBe('[1, 2]');
  });

  it('hides the sources when asked, and says when a known level has no text', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.fact.set({ level: 'ABSENT', text: null, sources: [guide] });
    fixture.componentInstance.showSources.set(false);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(text(el.querySelector('.dim-text'))).toBe('Nothing recorded.');
    expect(el.querySelector('[data-testid=fact-sources]')).toBeNull();
  });

  it('writes the same words as plain text for exports', () => {
    expect(factText({ level: 'UNKNOWN', text: ' Partners ran a training. ' })).toBe(
      'Not documented yet. Partners ran a training.',
    );
    expect(factText({ level: 'UNKNOWN', text: null })).toBe('Not documented yet.');
    expect(factText({ level: 'EMERGING', text: 'Pilots.' })).toBe('Pilots.');
    expect(factText({ level: 'ABSENT', text: '' })).toBe('Nothing recorded.');
  });
});
