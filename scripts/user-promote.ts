import { eq } from "drizzle-orm";

import { env } from "~/env";
import { openDatabase } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { setUserRole } from "~/server/domain/admin/set-user-role";

/**
 * `npm run user:promote -- <email>`: makes an existing account an admin, the only way to
 * create one besides the seed. Its sessions are revoked; it must turn on 2FA before
 * admin tools answer it.
 */
const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  console.error("Usage: npm run user:promote -- <email>");
  process.exit(1);
}

const db = await openDatabase({
  url: env.DATABASE_URL,
  authToken: env.DATABASE_AUTH_TOKEN,
  syncUrl: env.DATABASE_SYNC_URL,
});
const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
if (!user) {
  console.error(`No account uses ${email}.`);
  process.exit(1);
}
const result = await setUserRole({
  ctx: {
    db,
    actor: { kind: "system", job: "user:promote" },
    request: {
      ip: null,
      userAgent: "user:promote script",
      requestId: crypto.randomUUID(),
      origin: null,
    },
  },
  input: {
    userId: user.id,
    role: "admin",
    reason: "Promoted by an operator (npm run user:promote).",
  },
});
console.log(
  `${email} is now an admin (${result.sessionsRevoked} session(s) revoked). It must turn on 2FA to use admin tools.`,
);
db.$client.close();
