import { contactDetailsSchema, formatNorwegianPhone } from './contact';

const valid = {
  name: 'Kari Nordmann',
  email: 'Kari.Nordmann@Bergen.kommune.no',
  phone: '912 34 567',
};

describe('contact details', () => {
  it('normalises e-mail to lower case and phone to E.164', () => {
    expect(contactDetailsSchema.parse(valid)).toEqual({
      name: 'Kari Nordmann',
      email: 'kari.nordmann@bergen.kommune.no',
      phone: '+4791234567',
    });
  });

  it('accepts +47 and landline numbers', () => {
    expect(
      contactDetailsSchema.parse({ ...valid, phone: '+47 55 56 56 56' }).phone,
    ).toBe('+4755565656');
  });

  it.each([
    ['a foreign number', '+46 70 123 45 67'],
    ['too few digits', '1234'],
    ['letters', 'ring meg'],
  ])('refuses %s with a Norwegian message', (_, phone) => {
    const result = contactDetailsSchema.safeParse({ ...valid, phone });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(
      'Oppgi et gyldig norsk telefonnummer, for eksempel 912 34 567',
    );
  });

  it('refuses a malformed e-mail and a missing name', () => {
    const result = contactDetailsSchema.safeParse({
      name: ' ',
      email: 'kari@',
      phone: '91234567',
    });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual([
      'name',
      'email',
    ]);
  });
});

describe('formatNorwegianPhone', () => {
  it('writes mobiles 3-2-3 and landlines in pairs, as the form hint does', () => {
    expect(formatNorwegianPhone('+4791234567')).toBe('912 34 567');
    expect(formatNorwegianPhone('+4755565656')).toBe('55 56 56 56');
    expect(formatNorwegianPhone('ukjent')).toBe('ukjent');
  });
});
