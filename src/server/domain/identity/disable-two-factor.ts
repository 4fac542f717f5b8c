import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { recoveryCodes } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { DisableTwoFactorInput } from "~/shared/schemas/identity";
import { checkPassword, checkSecondFactor } from "./password-check";
import { revokeUserSessions } from "./session-rows";
import { loadOwnAccount } from "./own-account";
import { WRONG_CODE } from "./two-factor-access";

/** Needs the password and a current code; signs out every other device. */
export async function disableTwoFactor({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: PersonContext;
  input: z.output<typeof DisableTwoFactorInput>;
  now?: Date;
}) {
  const user = await loadOwnAccount(ctx);
  if (!user.twoFactorEnabledAt)
    throw new ConflictError("Two-factor authentication is already off.");
  await checkPassword(ctx, user, input.password, "password", now);
  await checkSecondFactor(ctx, user, input.code, WRONG_CODE, now);
  return withTransaction(ctx, async (tx) => {
    await tx.db
      .update(users)
      .set({
        twoFactorSecret: null,
        twoFactorPendingSecret: null,
        twoFactorEnabledAt: null,
        twoFactorLastStep: null,
      })
      .where(eq(users.id, user.id));
    await tx.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    const revoked = await revokeUserSessions(tx.db, user.id, "two_factor_disabled", {
      except: ctx.actor.sessionId,
    });
    await recordAuditEvent(tx, {
      action: "two_factor.disabled",
      actorId: user.id,
      targetUserId: user.id,
      detail: { otherSessionsRevoked: revoked },
    });
    return { otherSessionsRevoked: revoked };
  });
}
