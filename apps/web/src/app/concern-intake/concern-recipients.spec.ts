import {
  bydelChoices,
  findKommune,
  hasBydelChoice,
  type RecipientKommune,
  toRecipients,
} from './concern-recipients';

const bergen: RecipientKommune = {
  kommunenummer: '4601',
  kommunenavn: 'Bergen',
  bydeler: [
    { bydelsnummer: '02', bydelsnavn: 'Bergenhus', standardMottaker: true },
    { bydelsnummer: '01', bydelsnavn: 'Arna', standardMottaker: false },
  ],
};
const kinn: RecipientKommune = {
  kommunenummer: '4602',
  kommunenavn: 'Kinn',
  bydeler: [{ bydelsnummer: '00', bydelsnavn: 'Kinn', standardMottaker: true }],
};

describe('the kommuner a sender may choose', () => {
  it('keeps the well-formed kommuner, sorted by name', () => {
    expect(
      toRecipients([
        kinn,
        { kommunenummer: '46', kommunenavn: 'Feil' },
        { kommunenummer: '3101', kommunenavn: 'Halden' },
        bergen,
        'tull',
      ]).map((k) => k.kommunenavn),
    ).toEqual(['Bergen', 'Halden', 'Kinn']);
    expect(
      toRecipients([{ ...kinn, bydeler: [{ bydelsnummer: 'x' }] }]),
    ).toEqual([{ ...kinn, bydeler: [] }]);
    expect(() => toRecipients({ items: [] })).toThrow();
  });

  it('offers a bydel only where the kommune has real ones', () => {
    expect(hasBydelChoice(bergen)).toBe(true);
    expect(hasBydelChoice(kinn)).toBe(false);
    expect(hasBydelChoice({ ...kinn, bydeler: [] })).toBe(false);
    expect(
      hasBydelChoice({
        ...kinn,
        bydeler: [
          { bydelsnummer: '01', bydelsnavn: 'Sentrum', standardMottaker: true },
        ],
      }),
    ).toBe(true);
    expect(hasBydelChoice(null)).toBe(false);
  });

  it('lists the bydeler by name', () => {
    expect(bydelChoices(bergen).map((b) => b.bydelsnavn)).toEqual([
      'Arna',
      'Bergenhus',
    ]);
    expect(bydelChoices(kinn)).toEqual([]);
    expect(findKommune([bergen, kinn], '4602')).toBe(kinn);
    expect(findKommune([bergen, kinn], '')).toBeNull();
  });
});
