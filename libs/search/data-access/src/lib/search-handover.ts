import { Injectable, signal } from '@angular/core';

/**
 * What the shell's light toolbar box holds while the autocomplete box loads (on its first focus): the text typed so
 * far and whether the box has the focus. The autocomplete box takes both over as soon as it is created, so no
 * keystroke is lost in the swap.
 */
@Injectable({ providedIn: 'root' })
export class SearchHandover {
  readonly text = signal('');
  readonly focused = signal(false);
}
