import "server-only";

import { and, eq, isNull } from "drizzle-orm";

import { recoveryCodes } from "~/server/db/schema/auth";
import type { PersonContext } from "~/server/domain/context";
import { loadOwnAccount } from "./own-account";

/** Whether 2FA is on, since when, and how many unused recovery codes the actor has left. */
export async function twoFactorStatus({ ctx }: { ctx: PersonContext }) {
  const user = await loadOwnAccount(ctx);
  const recoveryCodesLeft = await ctx.db.$count(
    recoveryCodes,
    and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)),
  );
  return {
    enabled: user.twoFactorEnabledAt !== null,
    enabledAt: user.twoFactorEnabledAt,
    recoveryCodesLeft,
  };
}
