import type { RequestMeta } from "~/server/auth/request-meta";
import type { Session } from "~/server/auth/session";
import type { DbOrTx } from "~/server/db/client";

/** What every domain action receives: a database handle (or transaction), the actor, the request. */
export interface DomainContext {
  db: DbOrTx;
  session: Session | null;
  request?: RequestMeta;
}

/** A context whose actor is known: protected procedures hand this to domain actions. */
export interface SignedInContext extends DomainContext {
  session: Session;
}
