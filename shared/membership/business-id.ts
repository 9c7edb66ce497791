const weights = [7, 9, 10, 5, 8, 4, 2];

/** A Finnish business ID (Y-tunnus), `1234567-8`, whose last digit is its modulo-11 check digit. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const [, digits = '', check = ''] = match;
  const remainder = [...digits].reduce((sum, digit, i) => sum + Number(digit) * (weights[i] ?? 0), 0) % 11;
  if (remainder === 1) return false;
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === Number(check);
}
