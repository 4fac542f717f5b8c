import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp, updatedAt } from "./columns";
import { contracts } from "./contracts";
import { users } from "./users";
import {
  ledgerAccountKinds,
  ledgerTransactionKinds,
  paymentPurposes,
  paymentStatuses,
  payoutStatuses,
} from "~/shared/money/statuses";

/**
 * The double-entry ledger. Every movement of money is one `ledger_transactions` row and two or
 * more `ledger_entries` whose signed amounts add up to zero per currency (checked inside the
 * posting's write transaction, see domain/money/ledger.ts). Entries and transactions are never
 * updated or deleted (triggers refuse it): a correction is a reversing transaction.
 *
 * Signs: money an account holds is positive. The provider's clearing account stands for the
 * world outside (cards charged, banks paid) and so runs negative: the sum over every account
 * of one currency is always zero.
 */
export const ledgerAccounts = sqliteTable(
  "ledger_accounts",
  {
    id: id(),
    kind: text("kind", { enum: ledgerAccountKinds }).notNull(),
    /** A person's accounts (available, pending, paid out); null for contract and platform ones. */
    userId: text("user_id").references(() => users.id, { onDelete: "restrict" }),
    /** A contract's escrow; null otherwise. */
    contractId: text("contract_id").references(() => contracts.id, { onDelete: "restrict" }),
    currency: text("currency").notNull(),
    /**
     * The sum of the account's entries, updated by the same statement batch that writes them; the
     * `ledger.verify` job recomputes it from the entries and reports any difference.
     */
    balanceMinor: integer("balance_minor").notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("ledger_accounts_owner_unique").on(
      table.kind,
      sql`coalesce(${table.userId}, '')`,
      sql`coalesce(${table.contractId}, '')`,
      table.currency,
    ),
    index("ledger_accounts_user_idx").on(table.userId, table.currency),
    // Balances that must never go below zero: what a person or an escrow holds.
    check(
      "ledger_accounts_not_negative",
      sql`${table.kind} = 'provider_clearing' or ${table.balanceMinor} >= 0`,
    ),
    check(
      "ledger_accounts_owner_check",
      sql`(${table.kind} in ('available', 'pending', 'paid_out')) = (${table.userId} is not null) and (${table.kind} = 'escrow') = (${table.contractId} is not null)`,
    ),
  ],
);

export const ledgerTransactions = sqliteTable(
  "ledger_transactions",
  {
    id: id(),
    /** Derived from what caused it (`release:milestone:<id>`): posting it twice is one posting. */
    idempotencyKey: text("idempotency_key").notNull(),
    kind: text("kind", { enum: ledgerTransactionKinds }).notNull(),
    /** What it concerns, for histories and for the money state of a milestone or week. */
    contractId: text("contract_id"),
    milestoneId: text("milestone_id"),
    weekId: text("week_id"),
    paymentId: text("payment_id"),
    payoutId: text("payout_id"),
    /** What happened, in words for the histories ("Released “Design”"). */
    memo: text("memo").notNull(),
    /** The fee rate applied, in basis points, on a release. */
    feeBps: integer("fee_bps"),
    /** A reversal names the transaction it undoes. */
    reversesId: text("reverses_id"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("ledger_transactions_key_unique").on(table.idempotencyKey),
    index("ledger_transactions_contract_idx").on(table.contractId),
    index("ledger_transactions_payment_idx").on(table.paymentId),
  ],
);

export const ledgerEntries = sqliteTable(
  "ledger_entries",
  {
    id: id(),
    /** Insertion order within the ledger, for keyset paging of histories. */
    seq: integer("seq").notNull(),
    transactionId: text("transaction_id")
      .notNull()
      .references(() => ledgerTransactions.id, { onDelete: "restrict" }),
    accountId: text("account_id")
      .notNull()
      .references(() => ledgerAccounts.id, { onDelete: "restrict" }),
    /** Signed: positive adds to the account. Never zero. */
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("ledger_entries_seq_unique").on(table.seq),
    index("ledger_entries_account_idx").on(table.accountId, table.seq),
    index("ledger_entries_transaction_idx").on(table.transactionId),
    check("ledger_entries_amount_check", sql`${table.amountMinor} <> 0`),
  ],
);

/**
 * One attempt to take money from a client through the provider. The row is written (pending)
 * and committed before the provider is called, with the idempotency key the call carries, so
 * a crash between the call and our answer is settled by the reconcile job, never lost.
 */
export const payments = sqliteTable(
  "payments",
  {
    id: id(),
    clientId: text("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    contractId: text("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "restrict" }),
    purpose: text("purpose", { enum: paymentPurposes }).notNull(),
    /** The milestone funded (its title is kept: a milestone may be removed later). */
    milestoneId: text("milestone_id"),
    weekId: text("week_id"),
    description: text("description").notNull(),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    provider: text("provider").notNull(),
    /** The provider's id for the charge (a PaymentIntent id on Stripe). */
    providerRef: text("provider_ref"),
    /** The provider's charge id a transfer can name as its source. */
    providerChargeRef: text("provider_charge_ref"),
    /** Sent with the provider call; our own id, so a retried call is the same call. */
    idempotencyKey: text("idempotency_key").notNull(),
    /**
     * What the provider call carried besides the amount, so a call asked again (the reconcile
     * job) is the very same request: a provider refuses a reused key with other parameters.
     */
    customerRef: text("customer_ref"),
    methodRef: text("method_ref"),
    saveCard: integer("save_card", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: paymentStatuses }).notNull().default("pending"),
    /** For Stripe's card element in the browser while the payment needs the person. */
    clientSecret: text("client_secret"),
    cardLabel: text("card_label"),
    failureMessage: text("failure_message"),
    refundedMinor: integer("refunded_minor").notNull().default(0),
    succeededAt: timestamp("succeeded_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("payments_key_unique").on(table.idempotencyKey),
    index("payments_client_idx").on(table.clientId, table.createdAt),
    index("payments_contract_idx").on(table.contractId),
    index("payments_status_idx").on(table.status, table.updatedAt),
    index("payments_ref_idx").on(table.providerRef),
    // One payment under way per milestone and per week: a double click pays once.
    uniqueIndex("payments_one_open_per_milestone")
      .on(table.milestoneId)
      .where(
        sql`${table.status} in ('pending', 'requires_action') and ${table.milestoneId} is not null`,
      ),
    uniqueIndex("payments_one_open_per_week")
      .on(table.weekId)
      .where(
        sql`${table.status} in ('pending', 'requires_action') and ${table.weekId} is not null`,
      ),
    check("payments_amount_check", sql`${table.amountMinor} > 0`),
    check(
      "payments_refund_check",
      sql`${table.refundedMinor} >= 0 and ${table.refundedMinor} <= ${table.amountMinor}`,
    ),
  ],
);

/** Money returned to a client's card; like payments, written before the provider is called. */
export const refunds = sqliteTable(
  "refunds",
  {
    id: id(),
    paymentId: text("payment_id")
      .notNull()
      .references(() => payments.id, { onDelete: "restrict" }),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    reason: text("reason").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    providerRef: text("provider_ref"),
    status: text("status", { enum: ["pending", "succeeded", "failed"] })
      .notNull()
      .default("pending"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("refunds_key_unique").on(table.idempotencyKey),
    index("refunds_payment_idx").on(table.paymentId),
    check("refunds_amount_check", sql`${table.amountMinor} > 0`),
  ],
);

/** Money leaving a freelancer's available balance for their bank (or connected account). */
export const payouts = sqliteTable(
  "payouts",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    provider: text("provider").notNull(),
    providerRef: text("provider_ref"),
    /** Stripe: the charge a transfer is tied to (releases become transfers of their charge). */
    sourceChargeRef: text("source_charge_ref"),
    transferGroup: text("transfer_group"),
    idempotencyKey: text("idempotency_key").notNull(),
    status: text("status", { enum: payoutStatuses }).notNull().default("pending"),
    failureMessage: text("failure_message"),
    paidAt: timestamp("paid_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("payouts_key_unique").on(table.idempotencyKey),
    index("payouts_user_idx").on(table.userId, table.createdAt),
    index("payouts_status_idx").on(table.status, table.updatedAt),
    check("payouts_amount_check", sql`${table.amountMinor} > 0`),
  ],
);

/** A client's saved card for charges made without them (hourly weeks). */
export const paymentMethods = sqliteTable("payment_methods", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  provider: text("provider").notNull(),
  /** The provider's customer and payment method ids (sandbox: its own tokens). */
  customerRef: text("customer_ref"),
  methodRef: text("method_ref").notNull(),
  /** "Visa ending 4242": never the number. */
  label: text("label").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A client as a customer at the provider (Stripe: a Customer), made once and kept. */
export const paymentCustomers = sqliteTable("payment_customers", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  provider: text("provider").notNull(),
  customerRef: text("customer_ref").notNull(),
  createdAt: createdAt(),
});

/** A freelancer's account at the provider that payouts go to (Stripe Connect Express). */
export const payoutAccounts = sqliteTable(
  "payout_accounts",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    accountRef: text("account_ref").notNull(),
    detailsSubmitted: integer("details_submitted", { mode: "boolean" }).notNull().default(false),
    payoutsEnabled: integer("payouts_enabled", { mode: "boolean" }).notNull().default(false),
    transfersEnabled: integer("transfers_enabled", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex("payout_accounts_ref_unique").on(table.accountRef)],
);

/** Each provider event once: a replayed delivery finds its id here and changes nothing. */
export const webhookEvents = sqliteTable("webhook_events", {
  id: text("id").primaryKey(),
  provider: text("provider").notNull(),
  type: text("type").notNull(),
  objectRef: text("object_ref"),
  receivedAt: createdAt(),
  processedAt: timestamp("processed_at"),
});

/**
 * Receipts for payments and refunds, numbered per issuer without gaps: the number is taken
 * from `invoice_counters` in the transaction that records the money, so a rollback returns it.
 */
export const invoices = sqliteTable(
  "invoices",
  {
    id: id(),
    issuer: text("issuer").notNull(),
    number: integer("number").notNull(),
    kind: text("kind", { enum: ["receipt", "refund"] }).notNull(),
    paymentId: text("payment_id")
      .notNull()
      .references(() => payments.id, { onDelete: "restrict" }),
    refundId: text("refund_id"),
    clientId: text("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    freelancerId: text("freelancer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    contractId: text("contract_id").notNull(),
    description: text("description").notNull(),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    issuedAt: createdAt(),
  },
  (table) => [
    uniqueIndex("invoices_number_unique").on(table.issuer, table.number),
    uniqueIndex("invoices_source_unique").on(
      table.kind,
      table.paymentId,
      sql`coalesce(${table.refundId}, '')`,
    ),
    index("invoices_client_idx").on(table.clientId, table.issuedAt),
  ],
);

export const invoiceCounters = sqliteTable("invoice_counters", {
  issuer: text("issuer").primaryKey(),
  lastNumber: integer("last_number").notNull(),
});

/**
 * The sandbox provider's own records: what a real provider would keep on its side. Keyed by
 * the idempotency key each call carries, so a retried call answers what the first one did.
 */
export const sandboxOperations = sqliteTable("sandbox_operations", {
  idempotencyKey: text("idempotency_key").primaryKey(),
  kind: text("kind").notNull(),
  ref: text("ref").notNull(),
  status: text("status").notNull(),
  amountMinor: integer("amount_minor").notNull(),
  currency: text("currency").notNull(),
  detail: text("detail"),
  createdAt: createdAt(),
});
