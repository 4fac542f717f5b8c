import "server-only";

import { eq } from "drizzle-orm";

import type { Session } from "~/server/auth/session";
import type { DbOrTx } from "~/server/db/client";
import { contracts } from "~/server/db/schema/proposals";
import { NotFoundError } from "~/server/domain/errors";

/**
 * A contract the actor is a party to (admins may read any when `admins` is set); to anyone
 * else it does not exist. Every contract, milestone and review action starts here.
 */
export async function loadContractForParty(
  db: DbOrTx,
  session: Session,
  contractId: string,
  options: { admins?: boolean } = {},
) {
  const [contract] = await db.select().from(contracts).where(eq(contracts.id, contractId)).limit(1);
  const me = session.user;
  const party = contract && (contract.clientId === me.id || contract.freelancerId === me.id);
  if (!contract || (!party && !(options.admins && me.role === "admin"))) {
    throw new NotFoundError("We couldn't find that contract among yours.");
  }
  return contract;
}
