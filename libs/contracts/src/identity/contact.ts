import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import * as z from 'zod';

/** A Norwegian phone number (mobile or landline, with or without +47), normalised to E.164 (`+4791234567`). */
export const norwegianPhoneSchema = z
  .string()
  .trim()
  .transform((value, context) => {
    const phone = parsePhoneNumberFromString(value, 'NO');
    if (!phone || phone.country !== 'NO' || !phone.isValid()) {
      context.addIssue({
        code: 'custom',
        message: 'Oppgi et gyldig norsk telefonnummer, for eksempel 912 34 567',
      });
      return z.NEVER;
    }
    return phone.number as string;
  });

export const workEmailSchema = z
  .string()
  .trim()
  .max(254, 'E-postadressen kan ha høyst 254 tegn')
  .pipe(z.email('Oppgi en gyldig e-postadresse, for eksempel navn@kommune.no'))
  .transform((value) => value.toLowerCase());

/** What "Start registrering" and "Brukerprofil" collect: the person's name and work contact details. */
export const contactDetailsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Oppgi fullt navn')
    .max(200, 'Navnet kan ha høyst 200 tegn'),
  email: workEmailSchema,
  phone: norwegianPhoneSchema,
});
export type ContactDetails = z.output<typeof contactDetailsSchema>;

/**
 * A stored number as people in Norway write it: mobiles 3-2-3 ("912 34 567"), other numbers
 * 2-2-2-2 ("55 56 56 56"); anything unparseable as given.
 */
export function formatNorwegianPhone(value: string): string {
  const phone = parsePhoneNumberFromString(value, 'NO');
  if (!phone || phone.country !== 'NO') return value;
  const digits = phone.nationalNumber as string;
  return /^[49]\d{7}$/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`
    : phone.formatNational();
}
