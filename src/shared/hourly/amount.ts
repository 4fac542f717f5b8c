/**
 * What `minutes` of work at `rateMinor` per hour come to, in integer minor units. The one
 * rounding rule for hourly money: the exact amount (minutes × rate ÷ 60) rounded half up to
 * the minor unit, computed with integers only (BigInt, so no product can lose precision).
 * A week's amount is this applied to the week's total minutes, never a sum of rounded entries.
 */
export function amountForMinutes(minutes: number, rateMinor: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0)
    throw new RangeError(`Minutes must be a whole number of at least 0, got ${minutes}`);
  if (!Number.isSafeInteger(rateMinor) || rateMinor < 0)
    throw new RangeError(`A rate must be whole minor units of at least 0, got ${rateMinor}`);
  // floor((m × r + 30) / 60) is m × r / 60 rounded half up, for non-negative m × r.
  const amount = (BigInt(minutes) * BigInt(rateMinor) + 30n) / 60n;
  if (amount > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError("The amount is too large to represent");
  return Number(amount);
}
