import {
  canConfirm,
  formatOsloDateTime,
  holdsRole,
  inboxSections,
  pdfFileName,
  replaceMessage,
  statusLabel,
  toConcernMessage,
  toConcernMessages,
} from './concern-inbox-rules';

const row = (fields: Record<string, unknown> = {}) => ({
  id: 'a1',
  referanse: 'BM-2026-0001',
  kommunenummer: '4601',
  bydelsnummer: '02',
  mottaker: 'Bydel Arna',
  type: 'privat',
  mottatt: '2026-12-04T10:00:00.000Z',
  status: 'AKSEPTERT',
  brevpostFrist: '2026-12-08T10:00:00.000Z',
  nedlastinger: 0,
  sistLastetNed: null,
  bekreftet: null,
  ...fields,
});
const message = (fields: Record<string, unknown> = {}) => {
  const parsed = toConcernMessage(row(fields));
  if (!parsed) throw new Error('not a message');
  return parsed;
};

describe('the inbox list', () => {
  it('reads the rows newest first and leaves malformed ones out', () => {
    // when
    const list = toConcernMessages([
      row({ id: 'old', mottatt: '2026-12-01T10:00:00.000Z' }),
      row({ id: 'new', mottatt: '2026-12-04T10:00:00.000Z' }),
      row({ id: 'bad', status: 'UKJENT' }),
      'nonsense',
    ]);
    // then
    expect(list.map((m) => m.id)).toEqual(['new', 'old']);
  });

  it('refuses a body that is not a list', () => {
    expect(() => toConcernMessages({ items: [] })).toThrow();
  });

  it('splits waiting messages from confirmed and sent ones', () => {
    // given
    const messages = [
      message({ id: 'waiting' }),
      message({
        id: 'confirmed',
        bekreftet: { av: 'Kari', tidspunkt: '2026-12-04T12:00:00.000Z' },
      }),
      message({ id: 'post', status: 'SENDT_PRINT' }),
      message({ id: 'fallback', status: 'AVVIST_FAGSYSTEM' }),
    ];
    // when
    const { waiting, done } = inboxSections(messages);
    // then
    expect(waiting.map((m) => m.id)).toEqual(['waiting', 'fallback']);
    expect(done.map((m) => m.id)).toEqual(['confirmed', 'post']);
  });

  it('replaces one row and keeps the order', () => {
    const list = [message({ id: 'a' }), message({ id: 'b' })];
    const changed = message({ id: 'a', nedlastinger: 1 });
    expect(replaceMessage(list, changed)).toEqual([changed, list[1]]);
  });
});

describe('the status in words', () => {
  it.each([
    [{}, 'Venter på nedlasting'],
    [{ nedlastinger: 2 }, 'Lastet ned'],
    [
      { bekreftet: { av: 'Kari', tidspunkt: '2026-12-04T12:00:00.000Z' } },
      'Bekreftet',
    ],
    [{ status: 'SENDT_PRINT' }, 'Sendt som brevpost'],
    [{ status: 'LEVERT' }, 'Levert til fagsystem'],
    [{ status: 'SENDT_FAGSYSTEM' }, 'Sendt til fagsystem'],
  ])('%j is «%s»', (fields, label) => {
    expect(statusLabel(message(fields))).toBe(label);
  });
});

describe('«Bekreft»', () => {
  it('waits for a download', () => {
    expect(canConfirm(message())).toBe(false);
    expect(canConfirm(message({ nedlastinger: 1 }))).toBe(true);
  });

  it('is gone once the message is confirmed or sent by post', () => {
    expect(
      canConfirm(
        message({
          nedlastinger: 1,
          bekreftet: { av: 'Kari', tidspunkt: '2026-12-04T12:00:00.000Z' },
        }),
      ),
    ).toBe(false);
    expect(
      canConfirm(message({ nedlastinger: 1, status: 'SENDT_PRINT' })),
    ).toBe(false);
  });
});

describe('formatting', () => {
  it('shows times in Norwegian time, summer and winter', () => {
    expect(formatOsloDateTime('2026-12-04T10:05:00.000Z')).toBe(
      '04.12.2026, 11:05',
    );
    expect(formatOsloDateTime('2026-06-30T22:30:00.000Z')).toBe(
      '01.07.2026, 00:30',
    );
    expect(formatOsloDateTime(null)).toBe('');
    expect(formatOsloDateTime('not a date')).toBe('');
  });

  it('names the PDF after the reference', () => {
    expect(pdfFileName({ referanse: 'BM-2026-0001' })).toBe(
      'bekymringsmelding-BM-2026-0001.pdf',
    );
    expect(pdfFileName({ referanse: '../x y' })).toBe(
      'bekymringsmelding-..-x-y.pdf',
    );
  });
});

describe('the guard', () => {
  it('needs the role in one of the grants', () => {
    expect(
      holdsRole([{ role: 'concern-caseworker' }], 'concern-caseworker'),
    ).toBe(true);
    expect(holdsRole([{ role: 'concern-admin' }], 'concern-caseworker')).toBe(
      false,
    );
  });
});
