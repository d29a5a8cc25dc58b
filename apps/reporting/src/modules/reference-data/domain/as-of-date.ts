import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that exists (no 2026-02-30). */
export const isoDateSchema = z.iso.date('expected a date as YYYY-MM-DD');

/** Reference data follows the Norwegian calendar: "today" is today in Oslo, not in UTC. */
export function todayInNorway(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
