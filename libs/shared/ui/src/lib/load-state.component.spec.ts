import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LoadStateComponent } from './load-state.component';
import { LabelPipe } from './label.pipe';

@Component({
  imports: [LoadStateComponent],
  template: `<ph-load-state
    [loading]="loading()"
    [error]="error()"
    [empty]="empty()"
    emptyText="Nothing found"
    (retry)="retries = retries + 1"
  >
    <p class="content">content</p>
  </ph-load-state>`,
})
class HostComponent {
  loading = signal(false);
  error = signal<unknown>(undefined);
  empty = signal(false);
  retries = 0;
}

describe('LoadStateComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return fixture;
  }
  const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim();

  it('shows, in priority order, the error, the spinner, the empty text or the content', async () => {
    const f = await render();
    const el: HTMLElement = f.nativeElement;
    expect(el.querySelector('.content')).not.toBeNull();

    f.componentInstance.empty.set(true);
    await f.whenStable();
    expect(el.querySelector('.content')).toBeNull();
    expect(text(el.querySelector('[data-testid=state-empty]')!)).toContain('Nothing found');

    f.componentInstance.loading.set(true);
    await f.whenStable();
    expect(el.querySelector('[data-testid=state-loading]')).not.toBeNull();
    expect(el.querySelector('[data-testid=state-empty]')).toBeNull();

    f.componentInstance.error.set(new Error('No practice with slug "x"'));
    await f.whenStable();
    const error = el.querySelector('[data-testid=state-error]') as HTMLElement;
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toContain('No practice with slug "x"');
    expect(el.querySelector('[data-testid=state-loading]')).toBeNull();
  });

  it('asks to retry from the error state', async () => {
    const f = await render();
    f.componentInstance.error.set('boom');
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect(text(el.querySelector('[data-testid=state-error]')!)).toContain('Something went wrong');
    (el.querySelector('button') as HTMLButtonElement).click();
    expect(f.componentInstance.retries).toBe(1);
  });
});

describe('LabelPipe', () => {
  it('turns enum values into labels', () => {
    const pipe = new LabelPipe();
    expect(pipe.transform('PEER_RUN')).toBe('Peer-run');
    expect(pipe.transform('SOMETHING_NEW')).toBe('Something new');
    expect(pipe.transform('INTENTIONAL_PEER_SUPPORT')).toBe('Intentional peer support');
    expect(pipe.transform(null)).toBe('');
  });
});
