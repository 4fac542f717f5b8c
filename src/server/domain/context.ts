import type { Session } from "~/server/auth/session";
import type { DbOrTx } from "~/server/db/client";

/** What every domain action receives: a database handle (or transaction) and the actor. */
export interface DomainContext {
  db: DbOrTx;
  session: Session | null;
}
