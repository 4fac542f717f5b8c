import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { hashPassword } from "~/server/crypto/password";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { SignUpInput } from "~/shared/schemas/identity";
import { createEmailLink, mailEmailLink } from "./email-links";
import { assertStrongPassword } from "./password-check";
import { SetTimeZoneInput } from "~/shared/schemas/notification";

const EMAIL_TAKEN = "An account with this email already exists. Sign in, or reset your password.";

/**
 * Creates a client or freelancer account (admin is never self-assignable: the input schema
 * has no such role and the role column check would refuse it) and mails a verification link.
 */
export async function signUp({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof SignUpInput>;
}) {
  assertStrongPassword(input.password, input, "password");
  const existing = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (existing.length > 0) {
    throw new ConflictError(EMAIL_TAKEN);
  }

  const passwordHash = await hashPassword(input.password);
  const user = await withTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
        // The browser's zone when it sent a real one; a bad one never refuses a sign-up.
        timeZone: SetTimeZoneInput.safeParse({ timeZone: input.timeZone }).data?.timeZone ?? "UTC",
      })
      .onConflictDoNothing()
      .returning();
    // A concurrent sign-up with the same email won the unique index between our check and insert.
    if (!created) throw new ConflictError(EMAIL_TAKEN);
    await recordAuditEvent(tx, {
      action: "user.signed_up",
      actorId: created.id,
      targetUserId: created.id,
      detail: { role: created.role },
    });
    await recordAuditEvent(tx, {
      action: "email.verification_sent",
      actorId: created.id,
      targetUserId: created.id,
    });
    await mailEmailLink(tx, await createEmailLink(tx, created, "verify_email"));
    return created;
  });
  return user;
}
