import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that exists (no 2026-02-30). */
export const isoDateSchema = z.iso.date('expected a date as YYYY-MM-DD');

// en-CA formats as YYYY-MM-DD. Built once: a formatter costs far more to make than to use.
const OSLO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Reference data follows the Norwegian calendar: "today" is today in Oslo, not in UTC. */
export function todayInNorway(now: Date = new Date()): string {
  return OSLO_DATE.format(now);
}
