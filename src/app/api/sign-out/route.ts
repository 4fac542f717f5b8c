import { NextResponse } from "next/server";

import { requestContext } from "~/server/auth/request-context";
import { clearSessionCookie } from "~/server/auth/session-cookie-writer";
import { publicSessionId, revokeMySession } from "~/server/domain/identity/sessions";

/**
 * Sign out is a plain form POST (it works before the page is interactive): the session row is
 * revoked, so a copy of the cookie kept anywhere is dead too, then the cookie is cleared.
 * Cross-site posts never get here (src/proxy.ts).
 */
export async function POST(request: Request) {
  const ctx = await requestContext(request.headers);
  const { actor } = ctx;
  if (actor?.sessionId) {
    await revokeMySession({
      ctx: { ...ctx, actor },
      input: { sessionId: publicSessionId(actor.sessionId) },
    });
  }
  await clearSessionCookie();
  // A relative Location: behind a proxy, `request.url` may not be the address the person used.
  return new NextResponse(null, { status: 303, headers: { Location: "/signin?signedOut=1" } });
}
