import "server-only";

import { env } from "~/env";
import { getDb, getPrimaryDb } from "~/server/db/client";
import type { DomainContext } from "~/server/domain/context";
import { requestMetaFrom } from "~/server/observability/request-meta";
import { personFromCookieHeader } from "./session-cookie";

/**
 * What every request hands the domain: the database, the actor (the person whose session
 * cookie this is, checked against the primary, see getPrimaryDb) and the request's address,
 * agent and id. tRPC, pages and route handlers all start from here.
 */
export async function requestContext(headers: Headers) {
  // The proxy has already accepted or minted the request id; this also covers callers that bypass it.
  const request = requestMetaFrom(headers, env.TRUSTED_PROXY_HOPS);
  const [db, actor] = await Promise.all([
    getDb(),
    getPrimaryDb().then((primary) => personFromCookieHeader(primary, headers.get("cookie"))),
  ]);
  return { db, actor, request } satisfies DomainContext;
}
