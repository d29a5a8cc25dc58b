/** A number as Norwegian Excel reads it: `73,5`; at most `digits` decimals. */
export function decimalComma(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded).replace('.', ',');
}
