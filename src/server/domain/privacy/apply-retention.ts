import "server-only";

import { and, eq, isNull, lt, or } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { auditEvents } from "~/server/db/schema/auth";
import { dataExports } from "~/server/db/schema/privacy";
import { logger } from "~/server/observability/logger";
import { getStorage } from "~/server/storage/get-storage";
import { retentionMs } from "./retention";

/**
 * The retention rules that need more than a delete of expired rows (those are
 * `jobs/housekeeping.ts`): export archives past their week (bytes, then the row), and security
 * events past two years, whose IP, user agent and detail are erased. Idempotent.
 */
export async function applyPrivacyRetention(db: DbOrTx, now: Date) {
  const exportCutoff = new Date(now.getTime() - retentionMs("dataExports"));
  const expired = await db
    .select({ id: dataExports.id, storageKey: dataExports.storageKey })
    .from(dataExports)
    .where(
      or(
        lt(dataExports.expiresAt, now),
        and(eq(dataExports.status, "failed"), lt(dataExports.createdAt, exportCutoff)),
      ),
    );
  const storage = getStorage();
  let exportsRemoved = 0;
  for (const row of expired) {
    try {
      if (row.storageKey) await storage.delete(row.storageKey);
    } catch (error) {
      // The row stays, so tomorrow's run tries the bytes again.
      logger.warn({ err: error, exportId: row.id }, "could not remove an expired export");
      continue;
    }
    await db.delete(dataExports).where(eq(dataExports.id, row.id));
    exportsRemoved += 1;
  }
  const redacted = await db
    .update(auditEvents)
    .set({ ip: null, userAgent: null, detail: null, redactedAt: now })
    .where(
      and(
        isNull(auditEvents.redactedAt),
        lt(auditEvents.createdAt, new Date(now.getTime() - retentionMs("securityEvents"))),
      ),
    );
  return { exportsRemoved, securityEventsRedacted: redacted.rowsAffected };
}
