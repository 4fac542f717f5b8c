import type {
  invoices,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransactions,
  payments,
} from "~/server/db/schema/money";
import { readWeek } from "~/server/domain/timesheet/week-state";
import { formatDay } from "~/shared/format/dates";
import { amountForMinutes } from "~/shared/hourly/amount";
import { DEFAULT_FEE_BPS, platformFee } from "~/shared/money/currencies";
import type { LedgerAccountKind } from "~/shared/money/statuses";
import type { ProjectPlan } from "./project-plan";
import { seedId } from "./random";

/**
 * The money behind the demo's contracts, booked as the domain books it: each funded milestone
 * (and each billed week) a sandbox payment with its receipt and a charge into the contract's
 * escrow; each approved one released to the freelancer less the 10 % fee. Balances are not
 * written here: the seed sums them from the entries once everything is in (`sumBalances`).
 */
export interface MoneyRows {
  accounts: (typeof ledgerAccounts.$inferInsert)[];
  transactions: (typeof ledgerTransactions.$inferInsert)[];
  entries: Omit<typeof ledgerEntries.$inferInsert, "seq">[];
  payments: (typeof payments.$inferInsert)[];
  receipts: Omit<typeof invoices.$inferInsert, "number" | "issuer">[];
}

const FUNDED = new Set(["funded", "submitted", "changes_requested", "approved"]);

export function emptyMoneyRows(): MoneyRows {
  return { accounts: [], transactions: [], entries: [], payments: [], receipts: [] };
}

export function accountId(kind: LedgerAccountKind, owner: string, currency: string) {
  return seedId(`account:${kind}:${owner}:${currency}`);
}

export function moneyOf(plan: ProjectPlan, { now }: { now: number }, rows: MoneyRows) {
  const contract = plan.contract;
  if (!contract) return;
  const currency = contract.currency;
  const clientId = contract.clientId;
  const freelancerId = contract.freelancerId;
  const account = (kind: LedgerAccountKind, owner: { userId?: string; contractId?: string }) => {
    const id = accountId(kind, owner.userId ?? owner.contractId ?? "platform", currency);
    rows.accounts.push({
      id,
      kind,
      userId: owner.userId ?? null,
      contractId: owner.contractId ?? null,
      currency,
    });
    return id;
  };
  const escrow = account("escrow", { contractId: contract.id! });
  const clearing = account("provider_clearing", {});
  const fees = account("platform_fees", {});
  const available = account("available", { userId: freelancerId });

  const post = (
    key: string,
    kind: "charge" | "release",
    at: Date,
    item: { milestoneId?: string; weekId?: string; paymentId: string },
    memo: string,
    postings: [string, number][],
  ) => {
    const id = seedId(`ledger:${key}`);
    rows.transactions.push({
      id,
      idempotencyKey: key,
      kind,
      memo,
      contractId: contract.id!,
      milestoneId: item.milestoneId ?? null,
      weekId: item.weekId ?? null,
      paymentId: item.paymentId,
      feeBps: kind === "release" ? DEFAULT_FEE_BPS : null,
      createdAt: at,
    });
    postings.forEach(([accountRef, amountMinor], n) =>
      rows.entries.push({
        id: seedId(`entry:${key}:${n}`),
        transactionId: id,
        accountId: accountRef,
        amountMinor,
        currency,
        createdAt: at,
      }),
    );
  };

  const pay = (
    item: { milestoneId?: string; weekId?: string },
    what: string,
    amountMinor: number,
    paidAt: Date,
    releasedAt: Date | null,
  ) => {
    const paymentId = seedId(`payment:${item.milestoneId ?? item.weekId}`);
    rows.payments.push({
      id: paymentId,
      clientId,
      contractId: contract.id!,
      purpose: item.milestoneId ? "milestone" : "week",
      milestoneId: item.milestoneId ?? null,
      weekId: item.weekId ?? null,
      description: what,
      amountMinor,
      currency,
      provider: "sandbox",
      providerRef: `sbpi_demo_${paymentId}`,
      providerChargeRef: `sbpi_demo_${paymentId}_ch`,
      idempotencyKey: `payment:${paymentId}`,
      status: "succeeded",
      cardLabel: "Visa ending 4242",
      succeededAt: paidAt,
      createdAt: paidAt,
      updatedAt: paidAt,
    });
    rows.receipts.push({
      id: seedId(`receipt:${paymentId}`),
      kind: "receipt",
      paymentId,
      clientId,
      freelancerId,
      contractId: contract.id!,
      description: what,
      amountMinor,
      currency,
      issuedAt: paidAt,
    });
    const ref = { ...item, paymentId };
    post(`charge:${paymentId}`, "charge", paidAt, ref, `Paid for ${what}`, [
      [clearing, -amountMinor],
      [escrow, amountMinor],
    ]);
    if (!releasedAt) return;
    const fee = platformFee(amountMinor, DEFAULT_FEE_BPS);
    const releaseKey = `release:${item.milestoneId ? "milestone" : "week"}:${item.milestoneId ?? item.weekId}`;
    post(releaseKey, "release", releasedAt, ref, `Released ${what}`, [
      [escrow, -amountMinor],
      [available, amountMinor - fee],
      [fees, fee],
    ]);
  };

  for (const milestone of plan.milestones) {
    if (!FUNDED.has(milestone.status!)) continue;
    const created = milestone.createdAt!.getTime();
    const paidAt = new Date(
      Math.min(created + 3_600_000, milestone.submittedAt?.getTime() ?? now, now),
    );
    pay(
      { milestoneId: milestone.id! },
      `milestone “${milestone.title}”`,
      milestone.amountMinor,
      paidAt,
      milestone.status === "approved" ? (milestone.approvedAt ?? paidAt) : null,
    );
  }

  const minutesByWeek = new Map<string, number>();
  for (const entry of plan.timeEntries)
    minutesByWeek.set(entry.weekId, (minutesByWeek.get(entry.weekId) ?? 0) + entry.minutes);
  for (const week of plan.weeks) {
    const reading = readWeek(
      {
        weekStart: week.weekStart,
        status: week.status ?? "open",
        submittedAt: week.submittedAt ?? null,
        reviewEndsAt: week.reviewEndsAt ?? null,
      },
      new Date(now),
    );
    if (reading.state === "open" || !reading.submittedAt) continue;
    const minutes = Math.min(minutesByWeek.get(week.id!) ?? 0, week.limitMinutes);
    const amount = amountForMinutes(minutes, week.rateMinor);
    if (amount === 0) continue;
    const released =
      reading.state === "approved"
        ? (week.approvedAt ?? reading.reviewEndsAt)
        : reading.state === "auto_approved"
          ? reading.reviewEndsAt
          : null;
    const what = `the week of ${formatDay(week.weekStart)}`;
    pay({ weekId: week.id! }, what, amount, reading.submittedAt, released);
  }
}
