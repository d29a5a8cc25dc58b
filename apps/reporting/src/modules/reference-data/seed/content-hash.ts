import { createHash } from 'node:crypto';
import type { ReferenceDataSet } from '../domain/reference-data-set';

/**
 * What makes a load unique: the valid-from date and the data itself (not the bytes), so re-running a
 * seed is a no-op, while a reordered file or changed line endings do not create a version either.
 * The date is part of it so that loading older content again at a later date is a real new version.
 */
export function referenceContentHash(
  validFrom: string,
  set: ReferenceDataSet,
): string {
  const byKey = <T>(rows: T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  const canonical = {
    validFrom,
    offices: byKey(set.offices, (o) => o.id).map((o) => [o.id, o.name]),
    fylker: byKey(set.fylker, (f) => f.number).map((f) => [
      f.number,
      f.name,
      f.officeId,
    ]),
    kommuner: byKey(set.kommuner, (k) => k.number).map((k) => [
      k.number,
      k.name,
      k.fylkeNumber,
    ]),
    bydeler: byKey(set.bydeler, (b) => b.number).map((b) => [
      b.number,
      b.name,
      b.kommuneNumber,
    ]),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
