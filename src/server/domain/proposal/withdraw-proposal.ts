import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { loadOwnProposal } from "./proposal-access";

/** Until it is accepted, the freelancer may withdraw their proposal. */
export async function withdrawProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  // In a transaction, as every audited change is: the audit names who acted.
  const [updated] = await withTransaction(ctx, (tx) =>
    tx.db
      .update(proposals)
      .set({ status: "withdrawn" })
      .where(
        and(
          eq(proposals.id, input.id),
          eq(proposals.freelancerId, ctx.actor.id),
          inArray(proposals.status, ["submitted", "shortlisted"]),
        ),
      )
      .returning(),
  );
  if (updated) return updated;
  const proposal = await loadOwnProposal(ctx.db, ctx.actor.id, input.id);
  throw new ConflictError(
    proposal.status === "accepted"
      ? "An accepted proposal cannot be withdrawn: it is a contract now."
      : "This proposal is already closed.",
  );
}
