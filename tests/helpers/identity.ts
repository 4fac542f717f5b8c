import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import { redeemSignInTicket } from "~/server/domain/identity/sign-in-ticket";
import { signUp } from "~/server/domain/identity/sign-up";
import { loadSession } from "~/server/domain/identity/session-rows";
import { testRequest } from "./caller";

export const PASSWORD = "correct horse battery staple";
let counter = 0;

export function domainCtx(db: Database) {
  return { db, actor: null, request: testRequest() };
}

/** A real account made through sign-up (argon2 hash, verification mail), optionally verified. */
export async function registerUser(
  db: Database,
  role: "client" | "freelancer" = "client",
  options: { verified?: boolean; email?: string } = {},
) {
  const email = options.email ?? `person${++counter}-${Date.now()}@guild.test`;
  const user = await signUp({
    ctx: domainCtx(db),
    input: { name: `Person ${counter}`, email, password: PASSWORD, role },
  });
  if (options.verified)
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
  return user;
}

/** Signs in with the password all the way to a live session, as the sign-in form would (no 2FA). */
export async function signInFully(db: Database, email: string, password = PASSWORD) {
  const step = await beginSignIn({ ctx: domainCtx(db), input: { email, password } });
  if (step.kind !== "ticket") throw new Error("expected no second factor");
  const redeemed = await redeemSignInTicket(domainCtx(db), step.ticket);
  const actor = redeemed ? await loadSession(db, redeemed.sessionId) : null;
  if (!actor?.sessionId) throw new Error("sign-in did not produce a session");
  return { ...actor, sessionId: actor.sessionId };
}
