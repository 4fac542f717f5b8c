import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { matchTotpStep } from "~/server/crypto/totp";
import { decryptSecret } from "~/server/crypto/tokens";
import { userSessions } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import type { ConfirmTwoFactorInput } from "~/shared/schemas/identity";
import { revokeUserSessions } from "./session-rows";
import { loadOwnAccount } from "./own-account";
import { replaceRecoveryCodes, WRONG_CODE } from "./two-factor-access";

/** Step 2: the app's code proves the secret was saved; returns recovery codes, shown once. */
export async function confirmTwoFactorSetup({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: PersonContext;
  input: z.output<typeof ConfirmTwoFactorInput>;
  now?: Date;
}) {
  const user = await loadOwnAccount(ctx);
  if (user.twoFactorEnabledAt) throw new ConflictError("Two-factor authentication is already on.");
  if (!user.twoFactorPendingSecret)
    throw new ConflictError("Start the setup again: no secret is waiting.");
  const step = matchTotpStep(decryptSecret(user.twoFactorPendingSecret), input.code, now.getTime());
  if (step === null) throw new InvalidError(WRONG_CODE, { code: [WRONG_CODE] });

  return withTransaction(ctx, async (tx) => {
    // Only the setup this code confirmed, and only once: a second click cannot replace the codes shown.
    const [enabled] = await tx.db
      .update(users)
      .set({
        twoFactorSecret: user.twoFactorPendingSecret,
        twoFactorPendingSecret: null,
        twoFactorEnabledAt: now,
        twoFactorLastStep: step,
      })
      .where(
        and(
          eq(users.id, user.id),
          isNull(users.twoFactorEnabledAt),
          eq(users.twoFactorPendingSecret, user.twoFactorPendingSecret!),
        ),
      )
      .returning({ id: users.id });
    if (!enabled) throw new ConflictError("Two-factor authentication is already on.");
    const codes = await replaceRecoveryCodes(tx.db, user.id, now);
    // This device just proved the second factor; any other session only ever proved the password.
    if (ctx.actor.sessionId)
      await tx.db
        .update(userSessions)
        .set({ secondFactorAt: now })
        .where(eq(userSessions.id, ctx.actor.sessionId));
    const revoked = await revokeUserSessions(tx.db, user.id, "two_factor_enabled", {
      except: ctx.actor.sessionId,
      now,
    });
    await recordAuditEvent(tx, {
      action: "two_factor.enabled",
      actorId: user.id,
      targetUserId: user.id,
      detail: { otherSessionsRevoked: revoked },
    });
    return { recoveryCodes: codes, otherSessionsRevoked: revoked };
  });
}
