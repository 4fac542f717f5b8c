import "server-only";

import { and, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import { auditEvents } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import type { UpdateProfileInput } from "~/shared/schemas/identity";
import { pendingEmailChange } from "./email-change-access";

/** The signed-in user's own account, as the account page shows it, with any change of address waiting. */
export async function getMyAccount({ ctx }: { ctx: PersonContext }) {
  const [user] = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      emailVerified: users.emailVerified,
      twoFactorEnabledAt: users.twoFactorEnabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, ctx.actor.id))
    .limit(1);
  if (!user) throw new NotFoundError("Your account could not be found.");
  return { ...user, pendingEmail: await pendingEmailChange(ctx.db, user.id) };
}

export async function updateMyProfile({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof UpdateProfileInput>;
}) {
  const [user] = await withTransaction(ctx, (tx) =>
    tx.db
      .update(users)
      .set({ name: input.name })
      .where(eq(users.id, ctx.actor.id))
      .returning({ name: users.name }),
  );
  if (!user) throw new NotFoundError("Your account could not be found.");
  return user;
}

/** The security events a person sees about their own account. */
const VISIBLE_ACTIONS = [
  "user.signed_up",
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_in.locked",
  "sign_in.second_factor_failed",
  "sign_out",
  "session.revoked",
  "session.revoked_others",
  "password.changed",
  "password.reset_requested",
  "password.reset",
  "email.verified",
  "email.change_requested",
  "email.change_resent",
  "email.change_cancelled",
  "email.changed",
  "two_factor.enabled",
  "two_factor.disabled",
  "two_factor.recovery_code_used",
  "two_factor.recovery_codes_regenerated",
  "user.role_changed",
  "user.status_changed",
  "user.password_reset_required",
  "user.email_verified_by_admin",
  "user.sessions_revoked_by_admin",
  "api_token.created",
  "api_token.revoked",
  "api_token.revoked_by_admin",
  "webhook.created",
  "webhook.updated",
  "webhook.secret_rotated",
  "webhook.deleted",
];

export async function listMySecurityEvents({
  ctx,
  limit = 20,
}: {
  ctx: PersonContext;
  limit?: number;
}) {
  const me = ctx.actor.id;
  const rows = await ctx.db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      ip: auditEvents.ip,
      userAgent: auditEvents.userAgent,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.targetType, "user"),
        eq(auditEvents.targetId, ctx.actor.id),
        inArray(auditEvents.action, VISIBLE_ACTIONS),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit);
  // What someone else did to this account (an administrator changing its role) is named with
  // its time only: their address and browser are theirs. Attempts by an unknown party (failed
  // sign-ins) keep theirs, so a person can tell where an attack came from.
  return rows.map(({ actorId, ip, userAgent, ...event }) => {
    const byOther = actorId !== null && actorId !== me;
    return { ...event, byOther, ip: byOther ? null : ip, userAgent: byOther ? null : userAgent };
  });
}
