import "server-only";

import { env } from "~/env";
import { getDb, getPrimaryDb } from "~/server/db/client";
import { requestMetaFrom } from "./request-meta";
import { sessionFromCookieHeader } from "./session-cookie";

/**
 * What every request hands the domain: the database, the signed-in session (checked against
 * the primary, see getPrimaryDb) and the request's address, agent and id. tRPC and the
 * sign-in server actions both start from here.
 */
export async function requestContext(headers: Headers) {
  // The proxy has already accepted or minted the request id; this also covers callers that bypass it.
  const request = requestMetaFrom(headers, env.TRUSTED_PROXY_HOPS);
  const [db, session] = await Promise.all([
    getDb(),
    getPrimaryDb().then((primary) => sessionFromCookieHeader(primary, headers.get("cookie"))),
  ]);
  return { db, session, request };
}
