import "server-only";

import { and, desc, eq, gt } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { dataExports } from "~/server/db/schema/privacy";
import type { Actor } from "~/server/domain/actor";
import { nowOf } from "~/server/domain/clock";
import type { PersonContext } from "~/server/domain/context";
import { EXPORT_INTERVAL_HOURS } from "~/shared/schemas/privacy";

const HOUR = 60 * 60 * 1000;

/** The actor's exports, newest first, and when they may ask for the next one. */
export async function listMyDataExports({ ctx }: { ctx: PersonContext }) {
  const rows = await ctx.db
    .select({
      id: dataExports.id,
      status: dataExports.status,
      size: dataExports.size,
      createdAt: dataExports.createdAt,
      readyAt: dataExports.readyAt,
      expiresAt: dataExports.expiresAt,
    })
    .from(dataExports)
    .where(eq(dataExports.userId, ctx.actor.id))
    .orderBy(desc(dataExports.createdAt))
    .limit(10);
  const now = nowOf(ctx);
  const latest = rows[0];
  const nextAllowedAt =
    latest && latest.status !== "failed"
      ? new Date(latest.createdAt.getTime() + EXPORT_INTERVAL_HOURS * HOUR)
      : null;
  return {
    exports: rows.map((row) => ({
      ...row,
      downloadable: row.status === "ready" && !!row.expiresAt && row.expiresAt > now,
    })),
    nextAllowedAt: nextAllowedAt && nextAllowedAt > now ? nextAllowedAt : null,
  };
}

/**
 * A ready, unexpired export for its owner, or null: anyone else's, a missing one and an
 * expired one look the same (the download answers 404).
 */
export async function downloadableExport(
  db: DbOrTx,
  actor: Actor | null,
  exportId: string,
  now = new Date(),
) {
  if (actor?.kind !== "person" || actor.apiToken) return null;
  const [row] = await db
    .select({
      id: dataExports.id,
      storageKey: dataExports.storageKey,
      size: dataExports.size,
      createdAt: dataExports.createdAt,
    })
    .from(dataExports)
    .where(
      and(
        eq(dataExports.id, exportId),
        eq(dataExports.userId, actor.id),
        eq(dataExports.status, "ready"),
        gt(dataExports.expiresAt, now),
      ),
    )
    .limit(1);
  return row?.storageKey ? { ...row, storageKey: row.storageKey } : null;
}
