import "server-only";

import { desc, eq } from "drizzle-orm";

import { dataExports } from "~/server/db/schema/privacy";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, RateLimitedError } from "~/server/domain/errors";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { EXPORT_INTERVAL_HOURS } from "~/shared/schemas/privacy";

const HOUR = 60 * 60 * 1000;
/** A request the job never finished within this long is failed, so the person may ask again. */
export const STALE_EXPORT_MS = 6 * HOUR;

/**
 * Asks for a copy of everything Guild holds about the actor: one export at a time, and one a
 * day (gathering reads every table). The `privacy.export` job builds it and notifies them.
 */
export async function requestDataExport({ ctx }: { ctx: PersonContext }) {
  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const [latest] = await tx.db
      .select()
      .from(dataExports)
      .where(eq(dataExports.userId, ctx.actor.id))
      .orderBy(desc(dataExports.createdAt))
      .limit(1);
    if (latest?.status === "requested") {
      if (now.getTime() - latest.createdAt.getTime() < STALE_EXPORT_MS)
        throw new ConflictError(
          "Your data is already being gathered: we'll tell you when it's ready.",
        );
      // A job that died never finishes it: the person may ask again.
      await tx.db
        .update(dataExports)
        .set({ status: "failed" })
        .where(eq(dataExports.id, latest.id));
      latest.status = "failed";
    }
    const next = latest
      ? new Date(latest.createdAt.getTime() + EXPORT_INTERVAL_HOURS * HOUR)
      : null;
    if (next && next > now && latest?.status !== "failed")
      throw new RateLimitedError(
        `You can ask for a copy of your data once every ${EXPORT_INTERVAL_HOURS} hours.`,
        next,
      );
    const [created] = await tx.db
      .insert(dataExports)
      .values({ userId: ctx.actor.id, createdAt: now })
      .returning();
    await enqueueJob(
      tx,
      "privacy.export",
      { exportId: created!.id },
      { dedupeKey: `privacy.export:${created!.id}` },
    );
    await recordAuditEvent(tx, {
      action: "data_export.requested",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { exportId: created!.id },
    });
    return { id: created!.id, status: created!.status, createdAt: created!.createdAt };
  });
}
