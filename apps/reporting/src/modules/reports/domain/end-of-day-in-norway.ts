const OSLO_OFFSET = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Oslo',
  timeZoneName: 'longOffset',
});

/** Minutes Oslo is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function osloOffsetMinutes(instant: Date): number {
  const name = OSLO_OFFSET.formatToParts(instant).find(
    (part) => part.type === 'timeZoneName',
  )?.value;
  const match = name?.match(/^GMT([+-])(\d{2}):(\d{2})$/);
  if (!match) return 0; // "GMT" alone: no offset
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The last moment of a calendar date in Norway, as an ISO instant: a deadline "25. august" ends at
 * 23:59:59.999 Oslo time, whether that is UTC+1 or UTC+2. Norway changes clocks at 01:00 UTC, so
 * local midnight is never ambiguous.
 */
export function endOfDayInNorway(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const nextMidnightUtc = Date.UTC(year, month - 1, day + 1);
  const offset = osloOffsetMinutes(new Date(nextMidnightUtc));
  return new Date(nextMidnightUtc - offset * 60_000 - 1).toISOString();
}
