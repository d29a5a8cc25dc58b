/**
 * Where the seeded content comes from. The seed files are Bufdir's letters and the Statsforvalter's
 * user guide under shared/domain/seeds; "export column" is the column names of Bufdir's half-year export.
 */
export const SOURCES = {
  letter2016:
    'Bufdirs brev for 2. halvår 2016 (seeds/004_a89f878f56a999c4.txt)',
  letter2023:
    'Bufdirs brev for 1. halvår 2023 (seeds/003_3c916a8e5dbd6501.txt)',
  userGuide:
    'Brukerveiledning for statsforvalteren, punkt 7 (seeds/000_9baf3d4309badec8.txt, seeds/001_c454758aecec5011.txt)',
  exportColumn: 'Kolonnenavn i Bufdirs eksport av halvårsdata (export column)',
  modelled:
    'Modellert: vanlig innhold i et slikt skjema, ikke bekreftet av brev eller eksport (halvarsrapport-form.md)',
} as const;

export function sources(...parts: string[]): string {
  return parts.join('; ');
}
