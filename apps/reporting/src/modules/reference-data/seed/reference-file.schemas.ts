import { z } from 'zod';

const digits = (count: number, column: string) =>
  z
    .string()
    .regex(
      new RegExp(`^[0-9]{${count}}$`),
      `${column} must be ${count} digits`,
    );
const name = (column: string) =>
  z.string().min(1, `${column} is empty`).max(200, `${column} is too long`);

/**
 * The four files of one data set, each with the columns of its header, in order, and the rule for one
 * row. Only the bydeler may be empty: a truncated kommune file must not become a version without kommuner.
 */
export const referenceFiles = {
  offices: {
    mayBeEmpty: false,
    file: 'statsforvalter-offices.csv',
    row: z.object({
      id: z
        .string()
        .regex(
          /^sf-[a-z]+(-[a-z]+)*$/,
          'id must be a slug like sf-oslo-viken (lowercase a-z and hyphens)',
        ),
      navn: name('navn'),
    }),
  },
  fylker: {
    mayBeEmpty: false,
    file: 'fylker.csv',
    row: z.object({
      fylkesnummer: digits(2, 'fylkesnummer'),
      fylkesnavn: name('fylkesnavn'),
      statsforvalter: name('statsforvalter'),
    }),
  },
  kommuner: {
    mayBeEmpty: false,
    file: 'kommuner.csv',
    row: z.object({
      kommunenummer: digits(4, 'kommunenummer'),
      kommunenavn: name('kommunenavn'),
      fylkesnummer: digits(2, 'fylkesnummer'),
    }),
  },
  bydeler: {
    mayBeEmpty: true,
    file: 'bydeler.csv',
    row: z.object({
      bydelsnummer: digits(6, 'bydelsnummer'),
      bydelsnavn: name('bydelsnavn'),
      kommunenummer: digits(4, 'kommunenummer'),
    }),
  },
} as const;

export type ReferenceFileKey = keyof typeof referenceFiles;

/** The text of each file, by key. */
export type ReferenceFileTexts = Record<ReferenceFileKey, string>;

export const columnsOf = (key: ReferenceFileKey): string[] =>
  Object.keys(referenceFiles[key].row.shape);
