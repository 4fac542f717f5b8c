import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  auditedTables,
  auditTriggerSql,
  type AuditedTable,
} from "~/server/db/audit/audited-tables";
import { dataChanges } from "~/server/db/schema/audit";
import { withTransaction } from "~/server/domain/context";
import { hiredContract, projectInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

const { db } = await createTestDatabase();

const changesOf = (subjectType: string, subjectId: string) =>
  db
    .select()
    .from(dataChanges)
    .where(and(eq(dataChanges.subjectType, subjectType), eq(dataChanges.subjectId, subjectId)))
    .orderBy(asc(dataChanges.id));

/** Columns no audit needs: keys, bookkeeping times, secrets and derived counters. */
const notRecorded: Partial<Record<AuditedTable, string[]>> = {
  freelancer_profiles: ["completed_contracts", "review_count", "rating_total"],
  users: [
    "password_hash",
    "two_factor_secret",
    "two_factor_pending_secret",
    "two_factor_enabled_at",
    "two_factor_last_step",
    "image",
    // The deletion itself is in audit_events; the row's name and address changes are recorded.
    "deleted_at",
  ],
};
const bookkeeping = ["id", "created_at", "updated_at", "edited_at"];

describe("the data-change audit", () => {
  it("has triggers for every audited table, as generated, covering every column", async () => {
    for (const table of Object.keys(auditedTables) as AuditedTable[]) {
      const stored = await db.all<{ sql: string }>(
        sql`select sql from sqlite_master where type = 'trigger' and tbl_name = ${table} and name like 'audit_%' order by name`,
      );
      const expected = auditTriggerSql(table).sort((a, b) => a.localeCompare(b));
      expect(stored.map((row) => row.sql).sort((a, b) => a.localeCompare(b))).toEqual(expected);

      // A column added later must be recorded or named here on purpose.
      const columns = await db.all<{ name: string }>(sql.raw(`pragma table_info("${table}")`));
      const { key, columns: recorded } = auditedTables[table];
      const known = new Set<string>([
        ...key,
        ...recorded,
        ...bookkeeping,
        ...(notRecorded[table] ?? []),
      ]);
      expect(columns.map((column) => column.name).filter((name) => !known.has(name))).toEqual([]);
    }
  });

  it("records who changed what, before and after, with the request id, in the change's transaction", async () => {
    const { client, freelancer, project, contract } = await hiredContract(db);
    const projectChanges = await changesOf("projects", project.id);
    expect(projectChanges.map((change) => [change.action, change.actor])).toEqual([
      ["insert", client.user.id],
      ["update", client.user.id],
      ["update", client.user.id],
    ]);
    expect(projectChanges[0]!.changes).toMatchObject({ title: [null, project.title] });
    expect(projectChanges[1]!.changes).toMatchObject({ status: ["draft", "open"] });
    expect(projectChanges[1]!.changes!.published_at![0]).toBeNull();
    expect(projectChanges[2]!.changes).toEqual({ status: ["open", "in_progress"] });
    expect(projectChanges.every((change) => change.requestId?.startsWith("test-"))).toBe(true);

    const [created] = await changesOf("contracts", contract.id);
    expect(created).toMatchObject({ action: "insert", actor: client.user.id });
    const [proposal] = await db.all<{ id: string }>(
      sql`select id from proposals where project_id = ${project.id}`,
    );
    const proposalChanges = await changesOf("proposals", proposal!.id);
    expect(proposalChanges.map((change) => [change.actor, change.changes?.status])).toEqual([
      [freelancer.user.id, [null, "submitted"]],
      [client.user.id, ["submitted", "accepted"]],
    ]);
  });

  it("records nothing for a change that rolled back, and names the system for a job", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const project = await client.api.project.create(await projectInput(db));
    await client.api.project.publish({ id: project.id });
    // The proposal is written, then the transaction fails: neither it nor its audit stays.
    await expect(
      withTransaction({ db, actor: freelancer.session }, async (tx) => {
        await tx.db.run(
          sql`insert into proposals (id, project_id, freelancer_id, cover_letter, bid_minor, currency, estimated_duration, status, created_at, updated_at) values ('rolled-back', ${project.id}, ${freelancer.user.id}, 'x', 1, 'USD', 'under_1_week', 'submitted', 0, 0)`,
        );
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await changesOf("proposals", "rolled-back")).toEqual([]);

    await withTransaction({ db, actor: { kind: "system", job: "housekeeping.prune" } }, (tx) =>
      tx.db.run(sql`update projects set status = 'cancelled' where id = ${project.id}`),
    );
    const last = (await changesOf("projects", project.id)).at(-1)!;
    expect(last).toMatchObject({
      actor: "system:housekeeping.prune",
      changes: { status: ["open", "cancelled"] },
    });
  });

  it("records an admin's action on an account, and never a secret", async () => {
    const admin = await actor(db, "admin");
    const target = await actor(db, "freelancer");
    await withTransaction({ db, actor: admin.session }, (tx) =>
      tx.db.run(
        sql`update users set status = 'suspended', password_hash = 'x' where id = ${target.user.id}`,
      ),
    );
    const [change] = (await changesOf("users", target.user.id)).filter(
      (c) => c.action === "update",
    );
    expect(change).toMatchObject({
      actor: admin.user.id,
      changes: { status: ["active", "suspended"] },
    });
    expect(JSON.stringify(await changesOf("users", target.user.id))).not.toContain("password");
  });
});
