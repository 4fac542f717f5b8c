import "server-only";

import { eq, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { milestones } from "~/server/db/schema/contracts";

/** What the milestones of a contract add up to, in minor units. */
export async function plannedTotal(db: DbOrTx, contractId: string) {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${milestones.amountMinor}), 0)` })
    .from(milestones)
    .where(eq(milestones.contractId, contractId));
  return Number(row?.total ?? 0);
}
