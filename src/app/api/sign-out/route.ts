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
  if (ctx.session) {
    await revokeMySession({
      ctx: { ...ctx, session: ctx.session },
      input: { sessionId: publicSessionId(ctx.session.sessionId) },
    });
  }
  await clearSessionCookie();
  // A relative Location: behind a proxy, `request.url` may not be the address the person used.
  return new NextResponse(null, { status: 303, headers: { Location: "/signin?signedOut=1" } });
}
