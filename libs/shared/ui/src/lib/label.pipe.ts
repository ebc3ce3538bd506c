import { Pipe, PipeTransform } from '@angular/core';
import { enumLabel } from './labels';

/** An API enum value (`PEER_RUN`, `GUIDE`) as a label in the UI language ("Peer-run", "Guide"). */
@Pipe({ name: 'phLabel' })
export class LabelPipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return enumLabel(value);
  }
}

/** Joins the non-empty parts: `[country, city] | phJoin` → "Italy, Prato". */
@Pipe({ name: 'phJoin' })
export class JoinPipe implements PipeTransform {
  transform(parts: readonly (string | number | null | undefined)[], separator = ', '): string {
    return parts.filter((p) => p !== null && p !== undefined && p !== '').join(separator);
  }
}
