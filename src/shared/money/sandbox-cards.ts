/**
 * The sandbox payment provider's test cards: the numbers decide what happens, as on Stripe's
 * test mode. Any future expiry and any 3 or 4 digit CVC are accepted.
 */
export const sandboxTestCards = [
  { number: "4242 4242 4242 4242", outcome: "Succeeds" },
  { number: "5555 5555 5555 4444", outcome: "Succeeds (Mastercard)" },
  { number: "4000 0025 0000 3155", outcome: "Asks you to authenticate, then succeeds or fails" },
  { number: "4000 0000 0000 0002", outcome: "Declined" },
  { number: "4000 0000 0000 9995", outcome: "Declined: insufficient funds" },
] as const;

export type SandboxOutcome =
  { kind: "succeed" } | { kind: "authenticate" } | { kind: "decline"; message: string };

const digitsOnly = (number: string) => number.replace(/[\s-]/g, "");

/** What the sandbox does with a card number (any other valid number succeeds). */
export function sandboxCardOutcome(number: string): SandboxOutcome {
  switch (digitsOnly(number)) {
    case "4000000000000002":
      return { kind: "decline", message: "Your card was declined." };
    case "4000000000009995":
      return { kind: "decline", message: "Your card has insufficient funds." };
    case "4000002500003155":
      return { kind: "authenticate" };
    default:
      return { kind: "succeed" };
  }
}

/** Luhn's check digit: catches a mistyped digit before anything is sent. */
export function passesLuhn(number: string): boolean {
  const digits = digitsOnly(number);
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function cardBrand(number: string): string {
  const digits = digitsOnly(number);
  if (digits.startsWith("4")) return "Visa";
  if (/^5[1-5]/.test(digits) || /^2[2-7]/.test(digits)) return "Mastercard";
  if (/^3[47]/.test(digits)) return "Amex";
  return "Card";
}

/** "Visa ending 4242": all we ever keep or show of a number. */
export function cardLabel(number: string): string {
  return `${cardBrand(number)} ending ${digitsOnly(number).slice(-4)}`;
}

/**
 * A sandbox card kept for later charges: a token that remembers how the test card behaves and
 * what to call it (`sbpm_<kind>_<last4>_<brand>`), never its number. Null for a declined card.
 */
export function sandboxSavedMethod(number: string): { methodRef: string; label: string } | null {
  const outcome = sandboxCardOutcome(number);
  if (outcome.kind === "decline") return null;
  const label = cardLabel(number);
  return {
    methodRef: `sbpm_${outcome.kind}_${digitsOnly(number).slice(-4)}_${cardBrand(number)}`,
    label,
  };
}

/** What a saved sandbox card does and is called, read back from its token. */
export function readSandboxMethod(methodRef: string): { outcome: SandboxOutcome; label: string } {
  const [, kind, last4, brand] = methodRef.split("_");
  const outcome: SandboxOutcome =
    kind === "succeed" || kind === "authenticate"
      ? { kind }
      : { kind: "decline", message: "Your card was declined." };
  return { outcome, label: `${brand ?? "Card"} ending ${last4 ?? "????"}` };
}
