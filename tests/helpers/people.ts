import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { users, type User } from "~/server/db/schema/users";
import type { PersonActor } from "~/server/domain/actor";
import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import { loadSession } from "~/server/domain/identity/session-rows";
import { redeemSignInTicket } from "~/server/domain/identity/sign-in-ticket";
import { signUp } from "~/server/domain/identity/sign-up";
import { type UserRole } from "~/shared/statuses";
import { actorOf, callerFor, testRequest } from "./caller";

/**
 * Every way a test makes a person, in one place; pick by what the test is about:
 * - `actor(db, role)`: a verified person of a role, the actor a session check would build and a
 *   tRPC caller acting as them. The usual start for anything past sign-in.
 * - `createUser(db, role, overrides)`: a row written directly, in whatever state the test needs
 *   to begin from (suspended, unverified, an admin, a given name).
 * - `registerUser` / `signInFully`: a real account through sign-up and sign-in (argon2 hash,
 *   verification mail, session row), for tests of identity itself.
 * Their data (projects, proposals, contracts) comes from `./marketplace`.
 */

let counter = 0;
const next = () => ++counter;

export async function createUser(
  db: Database,
  role: UserRole = "client",
  overrides: Partial<typeof users.$inferInsert> = {},
) {
  const n = next();
  const [user] = await db
    .insert(users)
    .values({
      name: `${role} ${n}`,
      email: `${role}${n}@test.example`,
      role,
      ...overrides,
    })
    .returning();
  return user!;
}

export const PASSWORD = "correct horse battery staple";

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

/** A verified user of `role` and their session, for marketplace procedures (which only read the actor). */
export async function actor(
  db: Database,
  role: "client" | "freelancer" | "admin",
  verified = true,
) {
  const user: User = await createUser(db, role, verified ? { emailVerified: new Date() } : {});
  const session: PersonActor = actorOf(user);
  return { user, session, api: callerFor(db, session) };
}

export async function unverify(db: Database, userId: string) {
  await db.update(users).set({ emailVerified: null }).where(eq(users.id, userId));
}
