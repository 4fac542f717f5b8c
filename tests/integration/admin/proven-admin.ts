import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { auditEvents } from "~/server/db/schema/auth";
import { actorOf, callerFor } from "../../helpers/caller";
import { createUser } from "../../helpers/people";

/** An admin whose session proved a second factor (what the 2FA sign-in builds), and a caller. */
export async function provenAdmin(db: Database) {
  const user = await createUser(db, "admin", {
    emailVerified: new Date(),
    twoFactorEnabledAt: new Date(),
  });
  const session = { ...actorOf(user), secondFactorVerified: true };
  return { user, session, api: callerFor(db, session) };
}

/** The audit events about one person, oldest first. */
export function auditAbout(db: Database, userId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.targetId, userId))
    .orderBy(auditEvents.id);
}
