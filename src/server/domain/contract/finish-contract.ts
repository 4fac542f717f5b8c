import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { contractAmendments, contracts } from "~/server/db/schema/contracts";

/**
 * The work is over: the contract becomes `completed` (every milestone approved) or `ended`
 * (the client stopped it early) and its project completes, in the caller's transaction.
 */
export async function finishContract(
  db: DbOrTx,
  contract: { id: string; projectId: string },
  status: "completed" | "ended",
) {
  await db
    .update(contracts)
    .set({ status, completedAt: new Date() })
    .where(eq(contracts.id, contract.id));
  await db.update(projects).set({ status: "completed" }).where(eq(projects.id, contract.projectId));
  // A change to the amount nobody answered has nothing left to change.
  await db
    .update(contractAmendments)
    .set({ status: "withdrawn", decidedAt: new Date() })
    .where(
      and(eq(contractAmendments.contractId, contract.id), eq(contractAmendments.status, "pending")),
    );
}
