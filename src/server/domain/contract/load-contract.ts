import "server-only";

import { eq } from "drizzle-orm";

import type { Session } from "~/server/auth/session";
import type { DbOrTx } from "~/server/db/client";
import { contracts } from "~/server/db/schema/proposals";
import type { SignedInContext } from "~/server/domain/context";
import { ConflictError, ForbiddenError, NotFoundError } from "~/server/domain/errors";

/**
 * A contract the actor is a party to; to anyone else it does not exist. Every contract,
 * milestone and review action starts here.
 */
export async function loadContractForParty(db: DbOrTx, session: Session, contractId: string) {
  const [contract] = await db.select().from(contracts).where(eq(contracts.id, contractId)).limit(1);
  const me = session.user;
  const party = contract && (contract.clientId === me.id || contract.freelancerId === me.id);
  if (!contract || !party) {
    throw new NotFoundError("We couldn't find that contract among yours.");
  }
  return contract;
}

export type Party = "client" | "freelancer";

/**
 * An active contract the actor is the `party` of: NOT_FOUND to strangers, FORBIDDEN to the
 * other party, CONFLICT once it has ended. Every change to a contract's work starts here.
 */
export async function contractAs(
  db: DbOrTx,
  ctx: SignedInContext,
  contractId: string,
  party: Party,
) {
  return actingAs(ctx, await loadContractForParty(db, ctx.session, contractId), party);
}

/** The checks `contractAs` makes, for a contract already loaded for one of its parties. */
export function actingAs<C extends typeof contracts.$inferSelect>(
  ctx: SignedInContext,
  contract: C,
  party: Party,
): C {
  const mine = party === "client" ? contract.clientId : contract.freelancerId;
  if (mine !== ctx.session.user.id)
    throw new ForbiddenError(`Only the contract's ${party} can do this.`);
  if (contract.status !== "active") throw new ConflictError("This contract has ended.");
  return contract;
}
