import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import type { PersonActionInput } from "~/shared/schemas/admin";
import { actingAdminId, loadTargetPerson } from "./admin-access";

/**
 * Marks a person's address verified without the link (they proved it some other way, say by
 * writing from it to support). An address already verified stays as it was, unrecorded.
 */
export async function verifyEmailByHand({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof PersonActionInput>;
}) {
  const adminId = actingAdminId(ctx);
  return withTransaction(ctx, async (tx) => {
    const person = await loadTargetPerson(tx.db, adminId, input.userId);
    if (person.emailVerified) return { verified: true, changed: false };
    await tx.db
      .update(users)
      .set({ emailVerified: nowOf(tx) })
      .where(eq(users.id, person.id));
    await recordAuditEvent(tx, {
      action: "user.email_verified_by_admin",
      actorId: adminId,
      targetUserId: person.id,
      detail: { email: person.email, reason: input.reason },
    });
    return { verified: true, changed: true };
  });
}
