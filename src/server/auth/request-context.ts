import "server-only";

import { env } from "~/env";
import { getDb, getPrimaryDb } from "~/server/db/client";
import type { DomainContext } from "~/server/domain/context";
import { requestMetaFrom } from "~/server/observability/request-meta";
import { personFromApiToken } from "~/server/domain/api-token/api-tokens";
import { personFromCookieHeader } from "./session-cookie";

/**
 * The token of an `Authorization: Bearer …` header ("" for a Bearer header holding no token),
 * or null when there is none. Other schemes (a Basic-auth gate in front of a staging site)
 * are not Guild's and leave the request to its cookies.
 */
export function bearerToken(headers: Headers): string | null {
  const value = headers.get("authorization");
  if (!value || !/^Bearer(\s|$)/i.test(value)) return null;
  return /^Bearer\s+(\S+)\s*$/i.exec(value)?.[1] ?? "";
}

/**
 * What every request hands the domain: the database, the actor (the person whose session
 * cookie this is, or whose personal access token came as `Authorization: Bearer`, checked
 * against the primary, see getPrimaryDb) and the request's address, agent and id. A request
 * with an Authorization header is judged by it alone: its cookies are ignored. tRPC, pages
 * and route handlers all start from here.
 */
export async function requestContext(
  headers: Headers,
  /**
   * Whether a personal access token may act here. Only tRPC procedures (which check each
   * token's scopes) and REST take one; pages and other route handlers (downloads, exports)
   * answer a bearer request as signed out, never as the token's owner.
   */
  { tokens = false }: { tokens?: boolean } = {},
) {
  // The proxy has already accepted or minted the request id; this also covers callers that bypass it.
  const request = requestMetaFrom(headers, env.TRUSTED_PROXY_HOPS);
  const token = bearerToken(headers);
  const [db, found] = await Promise.all([
    getDb(),
    getPrimaryDb().then((primary) =>
      token === null
        ? personFromCookieHeader(primary, headers.get("cookie"))
        : tokens
          ? personFromApiToken(primary, token, request)
          : null,
    ),
  ]);
  const actor = typeof found === "string" ? null : found;
  const tokenRefusal = typeof found === "string" ? found : null;
  return { ...({ db, actor, request } satisfies DomainContext), tokenRefusal };
}
