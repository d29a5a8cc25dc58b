import { osloIsoTime, osloReadableTime } from './oslo-time';

describe('Oslo time', () => {
  it('writes winter and summer time with their offsets', () => {
    expect(osloIsoTime(new Date('2026-12-05T08:14:03.456Z'))).toBe(
      '2026-12-05T09:14:03+01:00',
    );
    expect(osloIsoTime(new Date('2026-06-30T22:30:00Z'))).toBe(
      '2026-07-01T00:30:00+02:00',
    );
  });

  it('reads as Norwegian', () => {
    expect(osloReadableTime(new Date('2026-12-05T08:14:03Z'))).toBe(
      '5. desember 2026 kl. 09.14',
    );
  });
});
