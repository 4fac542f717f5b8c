import "server-only";

import { and, eq } from "drizzle-orm";
import { zipSync, strToU8 } from "fflate";

import { dataExports } from "~/server/db/schema/privacy";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { notify } from "~/server/domain/notification/notify";
import { getStorage } from "~/server/storage/get-storage";
import { EXPORT_KEEP_DAYS } from "~/shared/schemas/privacy";
import { gatherPersonalData } from "./gather-personal-data";

const DAY = 24 * 60 * 60 * 1000;

/** Where an export's archive lives in the file store: derived from its id, so a retry overwrites. */
export const exportStorageKey = (exportId: string) => `exports/${exportId}.zip`;

const README = `This archive holds everything Guild keeps about you.

guild-data.json  your account, profiles, projects, proposals, contracts, milestones, hours,
                 messages of your conversations, notifications, saved items and searches,
                 payments, invoices, ledger lines, reviews, reports, disputes, security events,
                 API tokens and sessions (never passwords, secrets or token hashes)
files/           every file you uploaded, named <file id>-<its name>
`;

async function bytesOf(storageKey: string) {
  const object = await getStorage().get(storageKey);
  if (!object) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The `privacy.export` job: gathers the person's data and uploaded files into one zip in the
 * file store, marks the export ready for 7 days and notifies them. Idempotent: a finished
 * export is left alone, and a retry writes the same key again.
 */
export async function buildDataExport(ctx: DomainContext, exportId: string) {
  const [request] = await ctx.db
    .select()
    .from(dataExports)
    .where(eq(dataExports.id, exportId))
    .limit(1);
  if (request?.status !== "requested") return false;
  const gathered = await gatherPersonalData(ctx.db, request.userId);
  const entries: Record<string, Uint8Array> = {
    "README.txt": strToU8(README),
    "guild-data.json": strToU8(
      JSON.stringify({ exportedAt: nowOf(ctx).toISOString(), ...gathered.data }, null, 2),
    ),
  };
  for (const file of gathered.files) {
    const bytes = await bytesOf(file.storageKey);
    if (bytes) entries[`files/${file.id}-${file.name.replace(/[/\\]/g, "_")}`] = bytes;
  }
  const zip = zipSync(entries, { level: 6 });
  const key = exportStorageKey(exportId);
  const { size } = await getStorage().put(key, zip, { contentType: "application/zip" });

  const now = nowOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const [ready] = await tx.db
      .update(dataExports)
      .set({
        status: "ready",
        storageKey: key,
        size,
        readyAt: now,
        expiresAt: new Date(now.getTime() + EXPORT_KEEP_DAYS * DAY),
      })
      .where(and(eq(dataExports.id, exportId), eq(dataExports.status, "requested")))
      .returning({ id: dataExports.id });
    if (!ready) return false;
    await notify(tx, {
      userId: request.userId,
      kind: "data_export.ready",
      eventKey: `data_export.ready:${exportId}`,
      title: "A copy of your data is ready to download",
      body: `It can be downloaded for ${EXPORT_KEEP_DAYS} days.`,
      href: "/account/privacy",
    });
    return true;
  });
}
