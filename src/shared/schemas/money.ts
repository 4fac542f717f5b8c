import { z } from "zod";

import "./messages";

import { currencyExponents } from "~/shared/money/currencies";
import { passesLuhn } from "~/shared/money/sandbox-cards";
import { ledgerAccountKinds, ledgerTransactionKinds } from "~/shared/money/statuses";

const id = z.string().min(1).max(64);

/**
 * A card typed into the sandbox's test form (Stripe's card never reaches our server). The
 * expiry is MM/YY and must not have passed; numbers are checked with Luhn's digit.
 */
export const SandboxCardInput = z.object({
  number: z
    .string()
    .trim()
    .max(23)
    .refine((value) => passesLuhn(value), { error: "Enter a valid card number." }),
  expiry: z
    .string()
    .trim()
    // Not MM/YY: that is the one thing to say (the date check below would add "expired").
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*\d{2}$/, { error: "Enter the expiry as MM/YY.", abort: true })
    .refine(
      (value) => {
        const [month, year] = value.split("/").map((part) => Number(part.trim()));
        const now = new Date();
        const end = Date.UTC(2000 + year!, month!, 1);
        return end > now.getTime();
      },
      { error: "This card has expired." },
    ),
  cvc: z
    .string()
    .trim()
    .regex(/^\d{3,4}$/, { error: "Enter the 3 or 4 digits on the back of the card." }),
});

export const FundMilestoneInput = z.object({
  milestoneId: id,
  /** The sandbox's test card; absent with Stripe, whose card element confirms in the browser. */
  card: SandboxCardInput.optional(),
  /** Keep the card for charges made without the client (hourly weeks). */
  saveCard: z.boolean().default(true),
});

export const PaymentByIdInput = z.object({ paymentId: id });

/** The sandbox's stand-in for a bank's 3-D Secure page. */
export const AuthenticatePaymentInput = z.object({ paymentId: id, approve: z.boolean() });

export const SaveCardInput = z.object({ card: SandboxCardInput });

const currency = z.enum(Object.keys(currencyExponents) as [string, ...string[]], {
  error: "Choose a currency.",
});

export const WithdrawInput = z.object({
  currency,
  /** Minor units; absent, everything available. */
  amountMinor: z
    .number()
    .int({ error: "Enter a whole amount." })
    .positive({ error: "Enter an amount above zero." })
    .max(Number.MAX_SAFE_INTEGER)
    .optional(),
});

/** A person's ledger history, newest first, paged by the last row's sequence number. */
export const TransactionsInput = z.object({
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(100).default(25),
  account: z.enum(ledgerAccountKinds).optional(),
  kind: z.enum(ledgerTransactionKinds).optional(),
  currency: currency.optional(),
});

export const InvoiceByIdInput = z.object({ id });
