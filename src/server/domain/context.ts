import type { RequestMeta } from "~/server/auth/request-meta";
import type { Session } from "~/server/auth/session";
import type { DbOrTx } from "~/server/db/client";

/** What every domain action receives: a database handle (or transaction), the actor, the request. */
export interface DomainContext {
  db: DbOrTx;
  session: Session | null;
  request?: RequestMeta;
  /**
   * Runs work after the response is sent (Next's `after`), so its duration and failures
   * cannot be observed by the caller. Absent outside a request: the work runs inline.
   */
  defer?: (task: () => Promise<void>) => void;
}

/** A context whose actor is known: protected procedures hand this to domain actions. */
export interface SignedInContext extends DomainContext {
  session: Session;
}
