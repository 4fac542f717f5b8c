import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";

import { hashPassword } from "~/server/crypto/password";
import { authSecret } from "~/server/crypto/secret";
import { createSessionRow, loadSession } from "~/server/domain/identity/session-rows";
import { SESSION_COOKIE, personFromCookieHeader } from "~/server/auth/session-cookie";
import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { users } from "~/server/db/schema/users";
import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import { measure } from "./measure";

/**
 * What identity costs a request and a sign-in: the per-request session check (cookie JWT
 * decode + one indexed read) against a bare `select 1` on the same database, and argon2id.
 */
export async function benchSessionCheck() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-"));
  try {
    const db = await openDatabase({ url: `file:${path.join(dir, "bench.db")}` });
    await applyMigrations(db, "drizzle");
    const passwordHash = await hashPassword("correct horse battery staple");
    // 10,000 users with 3 sessions each, so the read is an index lookup among 30,000 rows.
    const ids: string[] = [];
    for (let batch = 0; batch < 20; batch++) {
      const rows = Array.from({ length: 500 }, (_, i) => ({
        id: crypto.randomUUID(),
        name: `User ${batch * 500 + i}`,
        email: `user${batch * 500 + i}@bench.test`,
        role: "client" as const,
        passwordHash,
      }));
      await db.insert(users).values(rows);
      ids.push(...rows.map((r) => r.id));
    }
    const sessionIds: string[] = [];
    await db.transaction(async (tx) => {
      for (const id of ids) {
        for (let s = 0; s < 3; s++)
          sessionIds.push(await createSessionRow(tx, { userId: id, ip: null, userAgent: null }));
      }
    });
    const cookies = await Promise.all(
      sessionIds
        .slice(0, 500)
        .map(
          async (sid) =>
            `${SESSION_COOKIE}=${await encode({ token: { sid }, secret: authSecret(), salt: SESSION_COOKIE })}`,
        ),
    );
    let i = 0;
    const nextCookie = () => cookies[i++ % cookies.length]!;
    const nextSid = () => sessionIds[i++ % sessionIds.length]!;

    console.log(`session check: ${ids.length} users, ${sessionIds.length} sessions`);
    const base = await measure("baseline: select 1", () => db.run(sql`select 1`), 2000);
    const row = await measure(
      "session row + user (indexed read)",
      () => loadSession(db, nextSid()),
      2000,
    );
    const full = await measure(
      "full check: decode JWT cookie + read",
      () => personFromCookieHeader(db, nextCookie()),
      2000,
    );
    console.log(
      `  ratio full check / select 1: ${(full.median / base.median).toFixed(2)}; read / select 1: ${(row.median / base.median).toFixed(2)}`,
    );

    console.log("argon2id (m=19456 KiB, t=2, p=1)");
    await measure("hash a password", () => hashPassword("correct horse battery staple"), 40);
    const ctx = { db, actor: null };
    // A different account each time: five failures on one would lock it and skip argon2.
    const wrong = await measure(
      "sign-in, wrong password",
      () =>
        beginSignIn({
          ctx,
          input: { email: `user${i++ % ids.length}@bench.test`, password: "wrong password!" },
        }).catch(() => null),
      40,
    );
    const unknown = await measure(
      "sign-in, unknown email (dummy hash)",
      () =>
        beginSignIn({
          ctx,
          input: { email: `nobody${i++}@bench.test`, password: "wrong password!" },
        }).catch(() => null),
      40,
    );
    console.log(
      `  ratio unknown email / wrong password: ${(unknown.median / wrong.median).toFixed(2)} (1.00 = indistinguishable)`,
    );
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
