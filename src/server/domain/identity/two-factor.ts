import "server-only";

import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import type { z } from "zod";

import { revokeUserSessions } from "./session-rows";
import { matchTotpStep, newTotpSecret, totpUri } from "~/server/crypto/totp";
import { decryptSecret, encryptSecret, hashToken } from "~/server/crypto/tokens";
import { recoveryCodes, userSessions } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import type { ConfirmTwoFactorInput, DisableTwoFactorInput } from "~/shared/schemas/identity";
import { checkPassword, checkSecondFactor } from "./password-check";

export const RECOVERY_CODE_COUNT = 10;
const WRONG_CODE =
  "That code doesn't match. Check the time on your phone and try the current code.";

async function loadActor(ctx: PersonContext) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id)).limit(1);
  if (!user) throw new ConflictError("Your account could not be found.");
  return user;
}

/** `ab12c-de34f`: 50 bits from a 32-letter alphabet without look-alikes. */
function newRecoveryCode() {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const letters = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join("");
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

/** Step 1: a new secret, kept pending until a code from the app confirms it. */
export async function beginTwoFactorSetup({ ctx }: { ctx: PersonContext }) {
  const user = await loadActor(ctx);
  if (user.twoFactorEnabledAt) throw new ConflictError("Two-factor authentication is already on.");
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ twoFactorPendingSecret: encryptSecret(secret) })
    .where(eq(users.id, user.id));
  const uri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

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
  const user = await loadActor(ctx);
  if (user.twoFactorEnabledAt) throw new ConflictError("Two-factor authentication is already on.");
  if (!user.twoFactorPendingSecret)
    throw new ConflictError("Start the setup again: no secret is waiting.");
  const step = matchTotpStep(decryptSecret(user.twoFactorPendingSecret), input.code, now.getTime());
  if (step === null) throw new InvalidError(WRONG_CODE, { code: [WRONG_CODE] });

  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const otherSessionsRevoked = await withTransaction(ctx, async (tx) => {
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
    await tx.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.db
      .insert(recoveryCodes)
      .values(
        codes.map((code) => ({ codeHash: hashToken(code), userId: user.id, createdAt: now })),
      );
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
    return revoked;
  });
  return { recoveryCodes: codes, otherSessionsRevoked };
}

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
  const user = await loadActor(ctx);
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

/** How many unused recovery codes the actor has left. */
export async function twoFactorStatus({ ctx }: { ctx: PersonContext }) {
  const user = await loadActor(ctx);
  const codes = await ctx.db
    .select({ usedAt: recoveryCodes.usedAt })
    .from(recoveryCodes)
    .where(eq(recoveryCodes.userId, user.id));
  return {
    enabled: user.twoFactorEnabledAt !== null,
    enabledAt: user.twoFactorEnabledAt,
    recoveryCodesLeft: codes.filter((code) => code.usedAt === null).length,
  };
}
