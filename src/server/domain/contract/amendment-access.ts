import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { contractAmendments } from "~/server/db/schema/contracts";
import { type PersonContext } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { contractAs, type Party } from "./load-contract";
import { ofKind, refusals } from "./contract-kind";

export async function pendingAmendmentAs(db: DbOrTx, ctx: PersonContext, id: string, party: Party) {
  const [amendment] = await db
    .select()
    .from(contractAmendments)
    .where(eq(contractAmendments.id, id))
    .limit(1);
  // Missing, or on a contract that is not theirs: the same answer, so ids reveal nothing.
  const missing = new NotFoundError("We couldn't find that change among your contracts.");
  if (!amendment) throw missing;
  const contract = await contractAs(db, ctx, amendment.contractId, party).catch((error) => {
    throw error instanceof NotFoundError ? missing : error;
  });
  if (amendment.status !== "pending")
    throw new ConflictError("This change has already been answered.");
  return { amendment, contract: ofKind(contract, "fixed", refusals.amount) };
}
/** Closes a pending change; CONFLICT when another answer got there first. */
export async function answer(
  db: DbOrTx,
  id: string,
  status: "accepted" | "declined" | "withdrawn",
) {
  const [updated] = await db
    .update(contractAmendments)
    .set({ status, decidedAt: new Date() })
    .where(and(eq(contractAmendments.id, id), eq(contractAmendments.status, "pending")))
    .returning();
  if (!updated) throw new ConflictError("This change has already been answered.");
  return updated;
}
