/**
 * Formats integer minor units (e.g. cents) as a currency amount. The decimal string is
 * built with integer arithmetic, so no float ever touches a money value.
 */
export function formatMoney(minor: number, currency: string, locale = "en-US"): string {
  if (!Number.isSafeInteger(minor))
    throw new RangeError(`Money must be an integer of minor units, got ${minor}`);

  const digits =
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
    }).resolvedOptions().maximumFractionDigits ?? 2;
  const scale = 10n ** BigInt(digits);
  const value = BigInt(minor);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  const whole = abs / scale;
  const fraction = abs % scale;
  const decimal =
    digits === 0
      ? `${sign}${whole}`
      : `${sign}${whole}.${fraction.toString().padStart(digits, "0")}`;
  // Whole amounts read better on cards ("$2,500", not "$2,500.00"); cents, when there are
  // any, always in full ("$2,500.50", never "$2,500.5").
  const formatter = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: fraction === 0n ? 0 : digits,
  });
  // Intl formats numeric strings exactly (no conversion to a binary float).
  return formatter.format(decimal as unknown as number);
}

export function formatBudget(project: {
  budgetType: "fixed" | "hourly";
  budgetMinMinor: number;
  budgetMaxMinor: number;
  currency: string;
}): string {
  const { budgetMinMinor: min, budgetMaxMinor: max, currency } = project;
  const range =
    min === max
      ? formatMoney(min, currency)
      : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
  return project.budgetType === "hourly" ? `${range} / hour` : range;
}

/**
 * A bid or an agreed amount in its project's terms: "$3,500" for a fixed price, "$85/hour"
 * for an hourly rate. `spelled` adds the kind to a fixed price ("$3,500 (fixed price)") where
 * a sentence must say what the amount is.
 */
export function formatBid(
  minor: number,
  currency: string,
  budgetType: "fixed" | "hourly",
  { spelled = false } = {},
): string {
  const amount = formatMoney(minor, currency);
  if (budgetType === "hourly") return `${amount}/hour`;
  return spelled ? `${amount} (fixed price)` : amount;
}

/**
 * Reads an amount typed in major units ("1,500", "1500.5", "1 500.50") as integer minor
 * units, digit by digit: never through a float. Returns null for anything else.
 */
export function parseMoneyToMinor(text: string, currency: string, locale = "en-US"): number | null {
  const digits =
    new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const cleaned = text.trim().replace(/[\s,]/g, "");
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  if (fraction.length > digits) return null;
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  return minor > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(minor);
}

/**
 * Minor units as the plain decimal a person edits in a form ("95", "95.50"): the inverse of
 * `parseMoneyToMinor`, built with integer arithmetic.
 */
export function minorToInput(minor: number, currency: string, locale = "en-US"): string {
  const digits =
    new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const scale = 10 ** digits;
  const whole = Math.trunc(minor / scale);
  const fraction = minor % scale;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(digits, "0")}`;
}
