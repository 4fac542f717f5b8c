import "server-only";

import { sql } from "drizzle-orm";

import type { Transaction } from "~/server/db/client";

export const DELETED_NAME = "Deleted account";

/** The placeholder address a deleted account keeps: unique, and never deliverable (RFC 2606). */
export const deletedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * Text columns where a person's name or address can be copied into someone else's rows:
 * notifications and live events about them, mail jobs, system messages, report snapshots,
 * dispute posts, stored API answers and webhook payloads. `json` columns hold the text JSON-
 * escaped. Rows of the person's own are deleted elsewhere; these belong to others.
 */
const COPIES: { table: string; column: string; json?: boolean }[] = [
  { table: "notifications", column: "title" },
  { table: "notifications", column: "body" },
  { table: "stream_events", column: "data", json: true },
  { table: "jobs", column: "payload", json: true },
  { table: "jobs", column: "last_error" },
  { table: "messages", column: "body" },
  { table: "content_reports", column: "snapshot" },
  { table: "content_reports", column: "note" },
  { table: "dispute_posts", column: "body" },
  { table: "idempotency_keys", column: "body" },
  { table: "data_changes", column: "changes", json: true },
  { table: "audit_events", column: "detail", json: true },
];

async function tableExists(tx: Transaction, table: string) {
  const rows = await tx.all(
    sql`select 1 from sqlite_master where type = 'table' and name = ${table}`,
  );
  return rows.length > 0;
}

/**
 * Replaces the person's old name and address wherever they were copied, in one pass per
 * column (a full scan: deletions are rare, and these tables are pruned). A name shorter than
 * three characters is left alone: replacing it would mangle other words, and it identifies
 * nobody on its own. Audit events are redacted instead (the table allows only that).
 */
export async function eraseCopies(
  tx: Transaction,
  old: { name: string; email: string },
  replacement: { name: string; email: string },
) {
  const pairs: [string, string][] = [[old.email, replacement.email]];
  if (old.name.trim().length >= 3) pairs.push([old.name, replacement.name]);
  const extra = (await tableExists(tx, "webhook_deliveries"))
    ? [{ table: "webhook_deliveries", column: "payload", json: true }]
    : [];
  for (const { table, column, json } of [...COPIES, ...extra]) {
    for (const [from, to] of pairs) {
      const needle = json ? JSON.stringify(from).slice(1, -1) : from;
      const value = json ? JSON.stringify(to).slice(1, -1) : to;
      if (table === "audit_events") {
        await tx.run(
          sql`update audit_events set detail = null, ip = null, user_agent = null, redacted_at = ${Date.now()}
              where redacted_at is null and instr(detail, ${needle}) > 0`,
        );
        continue;
      }
      await tx.run(
        sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = replace(${sql.identifier(column)}, ${needle}, ${value})
            where instr(${sql.identifier(column)}, ${needle}) > 0`,
      );
    }
  }
  // Failed-attempt counters are keyed by the address typed: they go.
  await tx.run(sql`delete from attempt_throttles where instr(key, ${old.email}) > 0`);
}
