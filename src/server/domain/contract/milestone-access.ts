import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { contracts, milestones } from "~/server/db/schema/contracts";
import { type PersonContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { actingAs, partyTo, type Party } from "./load-contract";
import { ofKind, refusals } from "./contract-kind";

/**
 * A milestone of a contract the actor is a party to, as `party`. Someone else's milestone
 * and one that never existed read the same: the query only finds the actor's own. Milestones
 * an hourly contract kept from before hourly contracts existed are a record: none may change.
 */
export async function milestoneAs(db: DbOrTx, ctx: PersonContext, id: string, party: Party) {
  const [row] = await db
    .select({ milestone: milestones, contract: contracts })
    .from(milestones)
    .innerJoin(contracts, eq(contracts.id, milestones.contractId))
    .where(and(eq(milestones.id, id), partyTo(ctx.actor)))
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that milestone.");
  const contract = actingAs(ctx, row.contract, party);
  return {
    milestone: row.milestone,
    contract: ofKind(contract, "fixed", refusals.legacyMilestone),
  };
}
