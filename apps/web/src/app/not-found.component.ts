import { ChangeDetectionStrategy, Component } from '@angular/core';
import { NotFoundStateComponent } from '@peerhub/shared/ui';

/** The `**` route: an address the app does not have (the server answers it with HTTP 404). */
@Component({
  selector: 'ph-not-found',
  imports: [NotFoundStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ph-page">
      <ph-not-found-state />
    </div>
  `,
})
export class NotFoundComponent {}
