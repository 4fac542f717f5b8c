import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** What ran first: work queued on the event loop, or statements started after it was queued. */
async function orderAgainstTheLoop(statements: () => Promise<unknown>[]) {
  const order: string[] = [];
  setImmediate(() => order.push("other work"));
  await Promise.all(statements().map((run) => run.then(() => order.push("statement"))));
  return order;
}

describe("the embedded database and the event loop", () => {
  it("starts each statement on a turn of its own, so other work is served between them", async () => {
    // The embedded binding is synchronous: without a turn per statement, statements started
    // together all ran before anything else on the loop. (From idle: a turn already granted
    // to earlier statements may take the next one in.)
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await orderAgainstTheLoop(() => [db.run(sql`select 1`)])).toEqual([
      "other work",
      "statement",
    ]);
    // Statements started together take turns too: each runs on a turn of the loop of its own
    // (counted by a tick that runs once a turn), so I/O and timers are served between them.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const ranOnTurn: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, () =>
        db
          .select()
          .from(users)
          .limit(1)
          .then(() => ranOnTurn.push(turns)),
      ),
    );
    ticking = false;
    expect(new Set(ranOnTurn).size).toBe(5);
  });

  it("runs a transaction's statements together, and still commits or rolls back whole", async () => {
    const before = await db.$count(users);
    await expect(
      db.transaction(async (tx) => {
        await createUser(tx as unknown as Database, "client");
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    expect(await db.$count(users)).toBe(before);
    await db.transaction(async (tx) => {
      await createUser(tx as unknown as Database, "client");
      await createUser(tx as unknown as Database, "freelancer");
    });
    expect(await db.$count(users)).toBe(before + 2);
  });
});
