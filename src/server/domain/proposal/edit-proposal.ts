import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { EditProposalInput } from "~/shared/schemas/proposal";
import { loadOwnProposal } from "./proposal-access";

/** Until the client shortlists it, the freelancer may rewrite their proposal. */
export async function editProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof EditProposalInput>;
}) {
  const { id, ...fields } = input;
  // In a transaction, as every audited change is: the audit names who acted.
  const [updated] = await withTransaction(ctx, (tx) =>
    tx.db
      .update(proposals)
      .set(fields)
      .where(
        and(
          eq(proposals.id, id),
          eq(proposals.freelancerId, ctx.actor.id),
          eq(proposals.status, "submitted"),
        ),
      )
      .returning(),
  );
  if (updated) return updated;
  await loadOwnProposal(ctx.db, ctx.actor.id, id);
  throw new ConflictError(
    "This proposal can no longer be edited: the client has already considered it.",
  );
}
