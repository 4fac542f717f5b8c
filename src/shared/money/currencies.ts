/**
 * Minor-unit exponents per ISO 4217 currency: how many digits follow the decimal point. Never
 * assume 2: a yen has no minor unit, a Kuwaiti dinar has three.
 */
export const currencyExponents = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  CHF: 2,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  BHD: 3,
} as const satisfies Record<string, number>;

export type LedgerCurrency = keyof typeof currencyExponents;

export function currencyExponent(currency: string): number {
  const exponent = (currencyExponents as Record<string, number>)[currency];
  if (exponent === undefined) throw new RangeError(`Unknown currency ${currency}`);
  return exponent;
}

/** The platform fee's default: 10 % of what is released, in basis points. */
export const DEFAULT_FEE_BPS = 1000;

/**
 * The fee on a released amount, in the same minor units: `amount × bps / 10 000`, rounded half
 * up to the minor unit (integer arithmetic only). The freelancer receives the rest.
 */
export function platformFee(amountMinor: number, feeBps: number): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    throw new RangeError(`Amount must be a non-negative integer, got ${amountMinor}`);
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > 10_000)
    throw new RangeError(`Fee rate must be 0–10000 basis points, got ${feeBps}`);
  return Number((BigInt(amountMinor) * BigInt(feeBps) + 5_000n) / 10_000n);
}
