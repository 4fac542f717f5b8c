import { createCaller } from "~/server/api/root";
import type { Context } from "~/server/api/trpc";
import type { Session } from "~/server/auth/session";
import type { Database } from "~/server/db/client";
import { logger } from "~/server/observability/logger";

/** A tRPC caller as a given actor (or anonymous) against a test database. */
export function callerFor(db: Database, session: Session | null = null) {
  const requestId = `test-${crypto.randomUUID()}`;
  const ctx: Context = {
    db,
    session,
    requestId,
    log: logger.child({ requestId }),
  };
  return createCaller(ctx);
}
