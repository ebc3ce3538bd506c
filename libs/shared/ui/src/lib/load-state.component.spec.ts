import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
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

const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim();

describe('LoadStateComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return fixture;
  }

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

describe('LoadStateComponent, when the API says the record does not exist', () => {
  async function renderNotFound() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.error.set(
      Object.assign(new Error('No practice with slug "x"'), { code: 'NOT_FOUND' }),
    );
    await fixture.whenStable();
    return fixture;
  }

  it('shows the shared not-found state, with search and sections, and no "Try again"', async () => {
    const f = await renderNotFound();
    const el: HTMLElement = f.nativeElement;
    const state = el.querySelector('[data-testid=not-found]') as HTMLElement;
    expect(state).not.toBeNull();
    expect(el.querySelector('[data-testid=state-error]')).toBeNull();
    expect(text(state)).not.toContain('No practice with slug'); // the developer message stays out
    expect(text(state)).toContain('Nothing was found at this address');
    expect(el.querySelector('h1')?.textContent).toBe('Page not found');
    expect(Array.from(el.querySelectorAll('button')).map((b) => text(b))).toEqual(['Search']);
    const links = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/', '/practices', '/organisations', '/resources', '/countries']);
    expect(TestBed.inject(Title).getTitle()).toBe('Not found — PeerHub Europe');
  });

  it('its search box opens search with the words typed', async () => {
    const f = await renderNotFound();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const el: HTMLElement = f.nativeElement;
    (el.querySelector('input[type=search]') as HTMLInputElement).value = '  peer support ';
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    expect(navigate).toHaveBeenCalledWith(['/search'], { queryParams: { q: 'peer support' } });
  });

  it('says "not found" for an address no record could have (a malformed slug or code), not the API’s rule', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const f = TestBed.createComponent(HostComponent);
    const rule = 'slug must be lower-case letters, digits and single hyphens (at most 120 characters)';
    f.componentInstance.error.set(
      Object.assign(new Error(rule), {
        code: 'BAD_USER_INPUT',
        errors: [
          {
            message: rule,
            code: 'BAD_USER_INPUT',
            extensions: { code: 'BAD_USER_INPUT', arguments: ['slug'] },
          },
        ],
      }),
    );
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect(el.querySelector('[data-testid=not-found]')).not.toBeNull();
    expect(text(el)).not.toContain('lower-case');

    // A bad filter or page argument is not a missing record: its message and "Try again" stay.
    f.componentInstance.error.set(
      Object.assign(new Error('first must be between 1 and 100'), {
        code: 'BAD_USER_INPUT',
        errors: [{ message: 'x', code: 'BAD_USER_INPUT', extensions: { arguments: ['first'] } }],
      }),
    );
    await f.whenStable();
    expect(el.querySelector('[data-testid=not-found]')).toBeNull();
    expect(text(el.querySelector('[data-testid=state-error]')!)).toContain('first must be between 1 and 100');
  });

  it('another error keeps its message and "Try again"', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const f = TestBed.createComponent(HostComponent);
    f.componentInstance.error.set(Object.assign(new Error('Server down'), { code: 'INTERNAL_SERVER_ERROR' }));
    await f.whenStable();
    const el: HTMLElement = f.nativeElement;
    expect(el.querySelector('[data-testid=not-found]')).toBeNull();
    expect(text(el.querySelector('[data-testid=state-error]')!)).toContain('Server down');
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
