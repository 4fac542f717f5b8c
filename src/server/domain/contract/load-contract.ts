import "server-only";

import { and, eq, or } from "drizzle-orm";

import type { PersonActor } from "~/server/domain/actor";
import type { DbOrTx } from "~/server/db/client";
import { contracts } from "~/server/db/schema/contracts";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, ForbiddenError, NotFoundError } from "~/server/domain/errors";

/**
 * A contract the actor is a party to; to anyone else it does not exist. The query only finds
 * the actor's own, as `partyTo` says; every contract, milestone and review action starts here.
 */
export async function loadContractForParty(db: DbOrTx, me: PersonActor, contractId: string) {
  const [contract] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, contractId), partyTo(me)))
    .limit(1);
  if (!contract) throw new NotFoundError("We couldn't find that contract among yours.");
  return contract;
}

/** The one rule for which contracts a person takes part in, as a query condition. */
export function partyTo(me: PersonActor) {
  return or(eq(contracts.clientId, me.id), eq(contracts.freelancerId, me.id));
}

export type Party = "client" | "freelancer";

/**
 * An active contract the actor is the `party` of: NOT_FOUND to strangers, FORBIDDEN to the
 * other party, CONFLICT once it has ended. Every change to a contract's work starts here.
 */
export async function contractAs(db: DbOrTx, ctx: PersonContext, contractId: string, party: Party) {
  return actingAs(ctx, await loadContractForParty(db, ctx.actor, contractId), party);
}

/** The checks `contractAs` makes, for a contract already loaded for one of its parties. */
export function actingAs<C extends typeof contracts.$inferSelect>(
  ctx: PersonContext,
  contract: C,
  party: Party,
): C {
  const mine = party === "client" ? contract.clientId : contract.freelancerId;
  if (mine !== ctx.actor.id) throw new ForbiddenError(`Only the contract's ${party} can do this.`);
  if (contract.status !== "active") throw new ConflictError("This contract has ended.");
  return contract;
}
