import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";

import { serializeWrites } from "./serialize-writes";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fileClient() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-queue-"));
  dirs.push(dir);
  // A short busy timeout: without the queue, colliding writers fail fast instead of stalling.
  return createClient({ url: `file:${path.join(dir, "q.db")}`, timeout: 200 });
}

async function contend(client: ReturnType<typeof fileClient>) {
  await client.execute("pragma journal_mode = wal");
  await client.execute("create table if not exists t (n integer)");
  // Ten write transactions that each yield to the event loop while holding the write lock.
  return Promise.allSettled(
    Array.from({ length: 10 }, async (_, i) => {
      const tx = await client.transaction("write");
      try {
        await tx.execute({ sql: "insert into t (n) values (?)", args: [i] });
        await new Promise((resolve) => setTimeout(resolve, 5));
        await client
          .execute({ sql: "insert into t (n) values (?)", args: [100 + i] })
          .catch(() => undefined);
        await tx.commit();
      } catch (error) {
        tx.close();
        throw error;
      }
    }),
  );
}

describe("serializeWrites", () => {
  it("lets concurrent write transactions on one embedded file all commit", async () => {
    const client = serializeWrites(fileClient());
    // The inner autocommit write would wait for its own transaction: run it after, not inside.
    await client.execute("pragma journal_mode = wal");
    await client.execute("create table t (n integer)");
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, async (_, i) => {
        const tx = await client.transaction("write");
        await tx.execute({ sql: "insert into t (n) values (?)", args: [i] });
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.commit();
        await client.execute({ sql: "insert into t (n) values (?)", args: [100 + i] });
      }),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect((await client.execute("select count(*) as n from t")).rows[0]?.n).toBe(20);
    client.close();
  });

  it("without it, the same load fails with SQLITE_BUSY (the reason it exists)", async () => {
    const client = fileClient();
    const results = await contend(client);
    expect(results.some((r) => r.status === "rejected")).toBe(true);
    client.close();
  });
});
