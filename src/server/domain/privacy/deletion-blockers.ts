import "server-only";

import { and, eq, inArray, ne, or } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import type { PersonContext } from "~/server/domain/context";
import { contracts } from "~/server/db/schema/contracts";
import { ledgerAccounts, payments, payouts } from "~/server/db/schema/money";
import { disputes } from "~/server/db/schema/trust";
import { activeDisputeStatuses } from "~/shared/trust";

export interface DeletionBlocker {
  code: "admin" | "escrow" | "dispute" | "balance" | "payment_in_flight";
  message: string;
}

/**
 * Why an account cannot be deleted now, each with what to do about it; empty when it can.
 * Money held for a contract, an open dispute, earnings not yet withdrawn or a payment still
 * on its way all need the person (or the other party) after the deletion would have erased
 * them. Admins are refused so the console never loses its last admin by accident: another
 * admin changes their role first.
 */
export async function deletionBlockers(
  db: DbOrTx,
  user: { id: string; role: string },
): Promise<DeletionBlocker[]> {
  const blockers: DeletionBlocker[] = [];
  if (user.role === "admin")
    blockers.push({
      code: "admin",
      message: "Admin accounts can't be deleted: ask another admin to change your role first.",
    });
  const theirs = await db
    .select({ id: contracts.id })
    .from(contracts)
    .where(or(eq(contracts.clientId, user.id), eq(contracts.freelancerId, user.id)));
  const contractIds = theirs.map((row) => row.id);
  if (contractIds.length > 0) {
    const held = await db
      .select({ contractId: ledgerAccounts.contractId })
      .from(ledgerAccounts)
      .where(
        and(
          eq(ledgerAccounts.kind, "escrow"),
          inArray(ledgerAccounts.contractId, contractIds),
          ne(ledgerAccounts.balanceMinor, 0),
        ),
      );
    if (held.length > 0)
      blockers.push({
        code: "escrow",
        message: `Money is held in escrow on ${held.length === 1 ? "a contract" : `${held.length} contracts`} you're part of: it has to be released or refunded first.`,
      });
    const open = await db.$count(
      disputes,
      and(
        inArray(disputes.contractId, contractIds),
        inArray(disputes.status, activeDisputeStatuses),
      ),
    );
    if (open > 0)
      blockers.push({
        code: "dispute",
        message:
          "A dispute on one of your contracts is still open: it has to be resolved or withdrawn first.",
      });
  }
  const owed = await db.$count(
    ledgerAccounts,
    and(
      eq(ledgerAccounts.userId, user.id),
      inArray(ledgerAccounts.kind, ["available", "pending"]),
      ne(ledgerAccounts.balanceMinor, 0),
    ),
  );
  if (owed > 0)
    blockers.push({
      code: "balance",
      message: "You have earnings that haven't been paid out: withdraw them first.",
    });
  const inFlight =
    (await db.$count(
      payments,
      and(eq(payments.clientId, user.id), inArray(payments.status, ["pending", "requires_action"])),
    )) +
    (await db.$count(payouts, and(eq(payouts.userId, user.id), eq(payouts.status, "pending"))));
  if (inFlight > 0)
    blockers.push({
      code: "payment_in_flight",
      message: "A payment or withdrawal is still on its way: try again once it has settled.",
    });
  return blockers;
}

/** What Account → Your data shows before the person tries: the reasons it would be refused. */
export async function accountDeletionCheck({ ctx }: { ctx: PersonContext }) {
  const blockers = await deletionBlockers(ctx.db, ctx.actor);
  return { blockers, needsCode: ctx.actor.twoFactorEnabled };
}
