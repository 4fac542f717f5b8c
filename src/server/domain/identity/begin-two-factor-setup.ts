import "server-only";

import { eq } from "drizzle-orm";
import QRCode from "qrcode";

import { newTotpSecret, totpUri } from "~/server/crypto/totp";
import { encryptSecret } from "~/server/crypto/tokens";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { loadOwnAccount } from "./own-account";

/** Step 1: a new secret, kept pending until a code from the app confirms it. */
export async function beginTwoFactorSetup({ ctx }: { ctx: PersonContext }) {
  const user = await loadOwnAccount(ctx);
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
