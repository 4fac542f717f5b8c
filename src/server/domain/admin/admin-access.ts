import "server-only";

import { eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { isProvenAdmin } from "~/server/domain/access/policy";
import { personOf } from "~/server/domain/actor";
import type { DomainContext } from "~/server/domain/context";
import { ConflictError, ForbiddenError, NotFoundError } from "~/server/domain/errors";

/**
 * Who is using an admin power: a proven admin (their id), or the system (null: an operator's
 * script such as `npm run user:promote`). Anyone else is refused, whatever called the action:
 * the tier checks this too, and the domain does not trust it to.
 */
export function actingAdminId(ctx: Pick<DomainContext, "actor">): string | null {
  if (ctx.actor?.kind === "system") return null;
  const admin = personOf(ctx.actor);
  if (admin && isProvenAdmin(admin)) return admin.id;
  throw new ForbiddenError("Only administrators with two-factor authentication can do this.");
}

/**
 * The person an admin acts on, as stored now. An admin never acts on their own account here
 * (they might lock themselves out, and nobody would have checked them).
 */
export async function loadTargetPerson(db: DbOrTx, adminId: string | null, userId: string) {
  const [person] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!person) throw new NotFoundError("No such person.");
  if (person.id === adminId)
    throw new ConflictError("You cannot do this to your own account: ask another admin.");
  return person;
}
