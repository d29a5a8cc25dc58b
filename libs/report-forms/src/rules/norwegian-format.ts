const NUMBER_FORMAT = new Intl.NumberFormat('nb-NO', {
  maximumFractionDigits: 1,
});

/** 1 000 000 and 2,5, as a Norwegian reader expects. */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** Counted in code points so that the browser and the database agree on emoji and the like. */
export function textLength(value: string): number {
  return Array.from(value).length;
}
