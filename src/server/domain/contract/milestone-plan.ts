import "server-only";

import { and, eq, ne, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { milestones } from "~/server/db/schema/contracts";
import { ConflictError } from "~/server/domain/errors";

/** What the milestones of a contract add up to, in minor units (leaving out `except`). */
export async function plannedTotal(db: DbOrTx, contractId: string, except?: string) {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${milestones.amountMinor}), 0)` })
    .from(milestones)
    .where(
      and(eq(milestones.contractId, contractId), except ? ne(milestones.id, except) : undefined),
    );
  return Number(row?.total ?? 0);
}

/**
 * Milestones may not add up to more than the contract amount: `amountMinor` (a new one, or
 * `replacing`'s new amount) must fit beside the others.
 */
export async function assertFitsThePlan(
  db: DbOrTx,
  contract: { id: string; amountMinor: number },
  amountMinor: number,
  replacing?: string,
) {
  if ((await plannedTotal(db, contract.id, replacing)) + amountMinor > contract.amountMinor) {
    throw new ConflictError(
      "Milestones would add up to more than the contract amount. Lower this one, or agree a new amount first.",
    );
  }
}
