import { currencyExponent } from "./currencies";

/**
 * Minor units as a plain decimal in the currency's own exponent ("1234.50", "-0.05", "1500"
 * for yen, "1.250" for dinars): what a spreadsheet reads. Integer arithmetic only.
 */
export function minorToDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor))
    throw new RangeError(`Money must be an integer of minor units, got ${minor}`);
  const exponent = currencyExponent(currency);
  const value = BigInt(minor);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  if (exponent === 0) return `${sign}${abs}`;
  const scale = 10n ** BigInt(exponent);
  return `${sign}${abs / scale}.${(abs % scale).toString().padStart(exponent, "0")}`;
}
