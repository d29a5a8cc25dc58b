const WALL = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

function wall(date: Date): Record<string, string> {
  return Object.fromEntries(
    WALL.formatToParts(date).map((part) => [part.type, part.value]),
  );
}

/** Norwegian local time with its offset, as the data model's `sendingstidspunkt`: 2026-12-05T09:14:03+01:00. */
export function osloIsoTime(date: Date): string {
  const p = wall(date);
  const local = Date.UTC(
    +p.year,
    +p.month - 1,
    +p.day,
    +p.hour,
    +p.minute,
    +p.second,
  );
  const offsetMinutes = Math.round(
    (local - Math.floor(date.getTime() / 1000) * 1000) / 60_000,
  );
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(
    2,
    '0',
  );
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hours}:${minutes}`;
}

/** As people read it: «5. desember 2026 kl. 09.14». */
export function osloReadableTime(date: Date): string {
  const p = wall(date);
  return `${Number(p.day)}. ${MONTHS[+p.month - 1]} ${p.year} kl. ${p.hour}.${p.minute}`;
}
