import "server-only";

import { and, asc, desc, eq, lt, or } from "drizzle-orm";
import type { z } from "zod";

import { contracts, milestones } from "~/server/db/schema/contracts";
import type { PersonContext } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import type { MyContractsInput } from "~/shared/schemas/contract";
import { contractRows, getContractForParty } from "./get-contract";
import { partyTo } from "./load-contract";

/** The boundary of a page: the last contract's start time (ms) and id. */
function decodeCursor(cursor: string) {
  const match = /^(\d{1,15})_([A-Za-z0-9-]{1,64})$/.exec(cursor);
  if (!match)
    throw new InvalidError("This page link is not valid.", {
      cursor: ["This page link is not valid."],
    });
  return { startedAt: new Date(Number(match[1])), id: match[2]! };
}

/**
 * The contracts the actor is a party to (as client or freelancer), newest first, a page at a
 * time, keyset-paged so no page skips or repeats one; optionally only those in one status.
 */
export async function listMyContracts({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof MyContractsInput>;
}) {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await contractRows(ctx)
    .where(
      and(
        partyTo(ctx.actor),
        input.status ? eq(contracts.status, input.status) : undefined,
        after
          ? or(
              lt(contracts.startedAt, after.startedAt),
              and(eq(contracts.startedAt, after.startedAt), lt(contracts.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(contracts.startedAt), desc(contracts.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? `${last.startedAt.getTime()}_${last.id}` : null,
  };
}

/** A contract's milestones in the order they were planned, for its parties only. */
export async function listContractMilestones({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  const contract = await getContractForParty({ ctx, input });
  const items = await ctx.db
    .select()
    .from(milestones)
    .where(eq(milestones.contractId, contract.id))
    .orderBy(asc(milestones.createdAt), asc(milestones.id));
  return { items };
}
