import {
  compact,
  EMPTY_ADDRESS,
  fieldId,
  issuePath,
  optionalAddress,
  optionalDigits,
  optionalText,
  requiredAddress,
  setIn,
  summaryItems,
} from './concern-fields';

describe('the fields both intake forms share', () => {
  it('names a field by its place in the contract', () => {
    expect(
      fieldId('privat', ['privatBarn', 0, 'adresse', 'adresselinje1']),
    ).toBe('privat-privatBarn-0-adresse-adresselinje1');
  });

  it('leaves empty optional text out rather than sending ""', () => {
    expect(optionalText('  ')).toBeUndefined();
    expect(optionalText(' Bergen ')).toBe('Bergen');
    expect(optionalDigits(' 123 456 789 ')).toBe('123456789');
    expect(optionalDigits(' ')).toBeUndefined();
    expect(compact({ a: 'x', b: undefined })).toEqual({ a: 'x' });
    expect(Object.keys(compact({ a: 'x', b: undefined }))).toEqual(['a']);
  });

  it('sends an optional address only when something is filled in', () => {
    expect(optionalAddress(EMPTY_ADDRESS)).toBeUndefined();
    expect(optionalAddress({ ...EMPTY_ADDRESS, poststed: 'Bergen' })).toEqual({
      adresselinje1: '',
      poststed: 'Bergen',
    });
    expect(
      requiredAddress({
        adresselinje1: ' Storgata 1 ',
        postnummer: '5003',
        poststed: '',
      }),
    ).toEqual({ adresselinje1: 'Storgata 1', postnummer: '5003' });
  });

  it('reads issue paths from zod (lists) and from services (dotted text)', () => {
    expect(issuePath(['privatBarn', 0, 'personnavn'])).toEqual([
      'privatBarn',
      0,
      'personnavn',
    ]);
    expect(issuePath('privatBarn.1.adresse.postnummer')).toEqual([
      'privatBarn',
      1,
      'adresse',
      'postnummer',
    ]);
    expect(issuePath('')).toBeNull();
    expect(issuePath([])).toBeNull();
    expect(issuePath({ a: 1 })).toBeNull();
  });

  it('lists one message per field, in the order of the form', () => {
    const order = [
      'kommunenummer',
      'barn',
      'melding',
      'epost',
      'navn',
      'adresse',
    ];
    expect(
      summaryItems(
        'privat',
        [
          { path: ['epost'], message: 'E-post' },
          { path: ['barn', 1, 'navn'], message: 'Barn 2' },
          { path: ['barn', 0, 'adresse'], message: 'Adresse 1' },
          { path: ['barn', 0, 'navn'], message: 'Barn 1' },
          { path: ['barn', 0, 'navn'], message: 'Barn 1 igjen' },
          { path: 'kommunenummer', message: 'Kommune' },
          { path: [], message: 'Uten felt' },
        ],
        order,
      ),
    ).toEqual([
      { fieldId: 'privat-kommunenummer', message: 'Kommune' },
      { fieldId: 'privat-barn-0-navn', message: 'Barn 1' },
      { fieldId: 'privat-barn-0-adresse', message: 'Adresse 1' },
      { fieldId: 'privat-barn-1-navn', message: 'Barn 2' },
      { fieldId: 'privat-epost', message: 'E-post' },
    ]);
  });

  it('changes one value deep in a draft, copying only the way there', () => {
    const draft = {
      melder: { navn: 'A' },
      barn: [{ navn: 'B' }, { navn: 'C' }],
    };
    const changed = setIn(draft, ['barn', 1, 'navn'], 'D');
    expect(changed).toEqual({
      melder: { navn: 'A' },
      barn: [{ navn: 'B' }, { navn: 'D' }],
    });
    expect(changed.melder).toBe(draft.melder);
    expect(changed.barn[0]).toBe(draft.barn[0]);
    expect(draft.barn[1].navn).toBe('C');
  });
});
