import { createHash } from 'node:crypto';
import type { SeedDataset } from './types';

/** Identifies a dataset: the server skips loading one whose checksum it already loaded. */
export function seedChecksum(data: SeedDataset): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}
