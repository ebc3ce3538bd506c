import { Pipe, PipeTransform } from '@angular/core';

/** Turns an API enum value (`PEER_RUN`, `health_service`) into a readable label ("Peer run"). */
@Pipe({ name: 'phLabel' })
export class LabelPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    if (!value) return '';
    const words = value.replace(/[_-]+/g, ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
}
