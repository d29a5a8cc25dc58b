import { formatOsloDateTime, toSendAnswer } from './concern-receipt';

describe('the receipt', () => {
  it('shows the time as Norwegian time, in words', () => {
    expect(formatOsloDateTime('2026-12-05T08:14:00Z')).toBe(
      '5. desember 2026 kl. 09.14',
    );
    // Summer time: UTC+2; and midnight is 00, not 24.
    expect(formatOsloDateTime('2026-06-30T22:05:00.000Z')).toBe(
      '1. juli 2026 kl. 00.05',
    );
    expect(formatOsloDateTime('2026-12-05T09:14:00+01:00')).toBe(
      '5. desember 2026 kl. 09.14',
    );
    expect(formatOsloDateTime('ikke en tid')).toBe('');
  });

  it('takes what it can from the answer: the message is sent either way', () => {
    expect(
      toSendAnswer({
        referanse: 'BM-7F3K-92QD',
        mottaker: 'Bergen kommune, bydel Bergenhus',
        sendingstidspunkt: '2026-12-05T08:14:00Z',
        annet: 'x',
      }),
    ).toEqual({
      referanse: 'BM-7F3K-92QD',
      mottaker: 'Bergen kommune, bydel Bergenhus',
      sendingstidspunkt: '2026-12-05T08:14:00Z',
    });
    expect(toSendAnswer(null)).toEqual({
      referanse: '',
      mottaker: '',
      sendingstidspunkt: '',
    });
  });
});
