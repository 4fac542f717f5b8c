import { drizzle } from "drizzle-orm/libsql";
import { describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import * as schema from "~/server/db/schema/index";
import { fileAccess } from "~/server/domain/file/file-access";
import { pruneOrphanFiles } from "~/server/domain/file/prune-orphan-files";
import { actor } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * Every file fetch asks fileAccess, and the hourly prune reads every orphan: each check is an
 * index lookup, never a scan of the tables files are attached through.
 */
const { db } = await createTestDatabase();

async function plans(work: (db: Database) => Promise<unknown>) {
  const logged: { sql: string; params: unknown[] }[] = [];
  const traced = drizzle(db.$client, {
    schema,
    logger: { logQuery: (sql, params) => logged.push({ sql, params }) },
  }) as unknown as Database;
  await work(traced);
  return Promise.all(
    logged.map(async ({ sql, params }) => {
      const plan = await db.$client.execute({
        sql: `explain query plan ${sql}`,
        args: params as never[],
      });
      return plan.rows.map((row) => String(row.detail));
    }),
  );
}

describe("file queries", () => {
  it("fileAccess looks the file up by id and each attachment through an index", async () => {
    const me = await actor(db, "client");
    const [plan] = await plans((traced) => fileAccess(traced, me.session, crypto.randomUUID()));
    expect(plan).toEqual([
      "SEARCH files USING INDEX sqlite_autoindex_files_1 (id=?)",
      "CORRELATED SCALAR SUBQUERY 1",
      "SEARCH avatars USING INDEX sqlite_autoindex_avatars_1 (user_id=?)",
      "CORRELATED SCALAR SUBQUERY 2",
      "SEARCH portfolio_items USING INDEX portfolio_items_user_idx (user_id=?)",
      "CORRELATED SCALAR SUBQUERY 3",
      "SEARCH message_attachments USING INDEX message_attachments_file_unique (file_id=?)",
      "SEARCH messages USING INDEX sqlite_autoindex_messages_1 (id=?)",
      "SEARCH conversation_members USING COVERING INDEX sqlite_autoindex_conversation_members_1 (conversation_id=? AND user_id=?)",
      "CORRELATED SCALAR SUBQUERY 4",
      "SEARCH deliverable_files USING INDEX deliverable_files_file_unique (file_id=?)",
      "SEARCH milestones USING INDEX sqlite_autoindex_milestones_1 (id=?)",
      "SEARCH contracts USING INDEX sqlite_autoindex_contracts_1 (id=?)",
      "CORRELATED SCALAR SUBQUERY 5",
      "SEARCH dispute_files USING INDEX dispute_files_file_unique (file_id=?)",
      "SEARCH disputes USING INDEX sqlite_autoindex_disputes_1 (id=?)",
      "SEARCH contracts USING INDEX sqlite_autoindex_contracts_1 (id=?)",
    ]);
  });

  it("the orphan prune reads orphans by age from their partial index", async () => {
    const [select] = await plans((traced) => pruneOrphanFiles(traced, new Date()));
    expect(select).toEqual([
      "SEARCH files USING INDEX files_orphan_idx (created_at<?)",
      "CORRELATED SCALAR SUBQUERY 1",
      "SEARCH avatars USING INDEX sqlite_autoindex_avatars_1 (user_id=?)",
      "CORRELATED SCALAR SUBQUERY 2",
      "SEARCH portfolio_items USING INDEX portfolio_items_user_idx (user_id=?)",
      "CORRELATED SCALAR SUBQUERY 3",
      "SEARCH message_attachments USING COVERING INDEX message_attachments_file_unique (file_id=?)",
      "CORRELATED SCALAR SUBQUERY 4",
      "SEARCH deliverable_files USING COVERING INDEX deliverable_files_file_unique (file_id=?)",
    ]);
  });
});
