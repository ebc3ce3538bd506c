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

/** Joins the non-empty parts: `[country, city] | phJoin` → "Italy, Prato". */
@Pipe({ name: 'phJoin' })
export class JoinPipe implements PipeTransform {
  transform(parts: readonly (string | number | null | undefined)[], separator = ', '): string {
    return parts.filter((p) => p !== null && p !== undefined && p !== '').join(separator);
  }
}
