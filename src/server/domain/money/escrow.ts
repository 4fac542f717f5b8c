import "server-only";

import { and, eq, inArray, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import type { milestones } from "~/server/db/schema/contracts";
import { ConflictError } from "~/server/domain/errors";
import { ledgerAccounts, ledgerEntries, ledgerTransactions } from "~/server/db/schema/money";
import type { MilestoneMoneyState } from "~/shared/money/statuses";

export interface HeldMoney {
  /** In escrow now. */
  heldMinor: number;
  /** Ever paid in (charges) and paid out of escrow to the freelancer or back to the client. */
  fundedMinor: number;
  releasedMinor: number;
  refundedMinor: number;
}

const none = (): HeldMoney => ({
  heldMinor: 0,
  fundedMinor: 0,
  releasedMinor: 0,
  refundedMinor: 0,
});

/**
 * What escrow holds and has held for each milestone (or week) of a contract, from the ledger:
 * the escrow entries of the transactions that name it. A dispute's settlement pays out of
 * escrow both ways in one transaction: what went to the card (provider clearing) is its
 * refunded part, the rest its released part.
 */
export async function escrowByItem(
  db: DbOrTx,
  contractId: string,
  item: "milestone" | "week",
  onlyItemId?: string,
): Promise<Map<string, HeldMoney>> {
  const column = item === "milestone" ? ledgerTransactions.milestoneId : ledgerTransactions.weekId;
  const rows = await db
    .select({
      itemId: column,
      kind: ledgerTransactions.kind,
      account: ledgerAccounts.kind,
      total: sql<number>`sum(${ledgerEntries.amountMinor})`,
    })
    .from(ledgerTransactions)
    .innerJoin(ledgerEntries, eq(ledgerEntries.transactionId, ledgerTransactions.id))
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(
      and(
        eq(ledgerTransactions.contractId, contractId),
        inArray(ledgerAccounts.kind, ["escrow", "provider_clearing"]),
        onlyItemId ? eq(column, onlyItemId) : undefined,
      ),
    )
    .groupBy(column, ledgerTransactions.kind, ledgerAccounts.kind);
  const byItem = new Map<string, HeldMoney>();
  for (const row of rows) {
    if (!row.itemId) continue;
    const money = byItem.get(row.itemId) ?? none();
    if (row.account === "provider_clearing") {
      if (row.kind === "settlement") {
        money.refundedMinor += row.total;
        money.releasedMinor -= row.total;
      }
      byItem.set(row.itemId, money);
      continue;
    }
    money.heldMinor += row.total;
    if (row.kind === "charge") money.fundedMinor += row.total;
    if (row.kind === "release" || row.kind === "settlement") money.releasedMinor -= row.total;
    if (row.kind === "refund") money.refundedMinor -= row.total;
    byItem.set(row.itemId, money);
  }
  return byItem;
}

/** What escrow holds for one milestone or week. */
export async function heldFor(
  db: DbOrTx,
  contractId: string,
  item: "milestone" | "week",
  itemId: string,
): Promise<HeldMoney> {
  return (await escrowByItem(db, contractId, item, itemId)).get(itemId) ?? none();
}

/** A milestone's money as the contract page shows it. */
export function milestoneMoneyState(
  milestone: { status: string; amountMinor: number },
  money: HeldMoney | undefined,
): MilestoneMoneyState {
  const held = money?.heldMinor ?? 0;
  if (milestone.status === "approved" && (money?.releasedMinor ?? 0) > 0) return "released";
  if (held === 0) return (money?.refundedMinor ?? 0) > 0 ? "refunded" : "unfunded";
  return held < milestone.amountMinor ? "underfunded" : "funded";
}

/** Escrow held across contracts, for the client's billing page. */
export async function escrowBalances(db: DbOrTx, contractIds: string[]) {
  if (contractIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ contractId: ledgerAccounts.contractId, balance: ledgerAccounts.balanceMinor })
    .from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.kind, "escrow"), inArray(ledgerAccounts.contractId, contractIds)));
  return new Map(rows.map((row) => [row.contractId!, row.balance]));
}

/** Whether a milestone's escrow covers its amount: the freelancer may hand it in. */
export async function assertFunded(db: DbOrTx, milestone: typeof milestones.$inferSelect) {
  const held = await heldFor(db, milestone.contractId, "milestone", milestone.id);
  if (held.heldMinor < milestone.amountMinor)
    throw new ConflictError(
      held.heldMinor === 0
        ? "The client has not funded this milestone yet: hand it in once it shows as funded."
        : "The milestone's amount rose and the client has not funded the difference yet.",
    );
}
