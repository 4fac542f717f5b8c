import "server-only";

import { and, eq, isNotNull } from "drizzle-orm";
import type { z } from "zod";

import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { RegenerateRecoveryCodesInput } from "~/shared/schemas/identity";
import { checkPassword, checkSecondFactor } from "./password-check";
import { loadOwnAccount } from "./own-account";
import { replaceRecoveryCodes, WRONG_CODE } from "./two-factor-access";

const TWO_FACTOR_OFF =
  "Two-factor authentication is off, so there are no recovery codes to replace.";

/**
 * A new set of recovery codes, shown once; every earlier code stops working at once. Proven
 * with the password or a code from the app (each on its own attempt budget), so a session
 * left open on someone else's screen cannot mint codes. Other sessions stay signed in:
 * nothing they proved has changed.
 */
export async function regenerateRecoveryCodes({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: PersonContext;
  input: z.output<typeof RegenerateRecoveryCodesInput>;
  now?: Date;
}) {
  const user = await loadOwnAccount(ctx);
  if (!user.twoFactorEnabledAt) throw new ConflictError(TWO_FACTOR_OFF);
  if (input.method === "password") await checkPassword(ctx, user, input.password, "password", now);
  else await checkSecondFactor(ctx, user, input.code, WRONG_CODE, now);

  return withTransaction(ctx, async (tx) => {
    // Two-factor may have been turned off since the check: codes must not outlive it.
    const [stillOn] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, user.id), isNotNull(users.twoFactorEnabledAt)))
      .limit(1);
    if (!stillOn) throw new ConflictError(TWO_FACTOR_OFF);
    const codes = await replaceRecoveryCodes(tx.db, user.id, now);
    await recordAuditEvent(tx, {
      action: "two_factor.recovery_codes_regenerated",
      actorId: user.id,
      targetUserId: user.id,
      detail: { provedWith: input.method },
    });
    return { recoveryCodes: codes };
  });
}
