import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'ph-not-found',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <h1 i18n="@@notFound.title">Page not found</h1>
      <p i18n="@@notFound.text">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </p>
      <p><a routerLink="/" i18n="@@notFound.home">Go to the home page</a></p>
    </div>
  `,
})
export class NotFoundComponent {}
