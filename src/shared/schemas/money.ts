import { z } from "zod";

import "./messages";

import { currencyExponents } from "~/shared/money/currencies";
import { passesLuhn } from "~/shared/money/sandbox-cards";
import {
  ledgerAccountKinds,
  ledgerTransactionKinds,
  payoutStatuses,
} from "~/shared/money/statuses";
import { apiCurrency, apiMinor, apiTime } from "./api-output";

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

/** What a person has earned: balances per currency, the payout account, recent payouts. */
export const EarningsOutput = z.object({
  provider: z.enum(["sandbox", "stripe"]),
  balances: z.array(
    z.object({
      currency: apiCurrency,
      pending: apiMinor.meta({ description: "Released but not yet available to withdraw." }),
      available: apiMinor,
      paid_out: apiMinor,
    }),
  ),
  payoutAccount: z
    .object({
      detailsSubmitted: z.boolean(),
      payoutsEnabled: z.boolean(),
      transfersEnabled: z.boolean(),
    })
    .nullable(),
  canWithdraw: z.boolean(),
  payouts: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      amountMinor: apiMinor,
      currency: apiCurrency,
      provider: z.string(),
      sourceChargeRef: z.string().nullable(),
      transferGroup: z.string().nullable(),
      status: z.enum(payoutStatuses),
      failureMessage: z.string().nullable(),
      paidAt: apiTime.nullable(),
      createdAt: apiTime,
      updatedAt: apiTime,
    }),
  ),
});

/** A page of the person's ledger lines, newest first. */
export const TransactionsOutput = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: apiTime,
      account: z.enum(ledgerAccountKinds),
      kind: z.enum(ledgerTransactionKinds),
      amountMinor: apiMinor.meta({ description: "Signed: positive in, negative out." }),
      feeMinor: apiMinor,
      currency: apiCurrency,
      memo: z.string(),
      contractId: z.string().nullable(),
    }),
  ),
  nextCursor: z
    .number()
    .int()
    .nullable()
    .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
});

/** A receipt (a payment) or a credit note (a refund), as its issuer and payer read it. */
export const InvoiceOutput = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(["receipt", "refund"]),
  issuer: z.object({ id: z.string(), name: z.string() }),
  issuedAt: apiTime,
  billedTo: z.object({ name: z.string(), email: z.string() }),
  freelancerName: z.string(),
  projectTitle: z.string(),
  contractId: z.string(),
  description: z.string(),
  amountMinor: apiMinor,
  currency: apiCurrency,
  cardLabel: z.string().nullable(),
  provider: z.string(),
});
