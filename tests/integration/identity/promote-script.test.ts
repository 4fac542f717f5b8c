import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { loadSession } from "~/server/domain/identity/session-rows";
import { users } from "~/server/db/schema/users";
import { registerUser, signInFully } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

const run = promisify(execFile);

describe("npm run user:promote", () => {
  it("makes an existing account an admin and revokes its sessions; an unknown email fails", async () => {
    const { db, file } = await createTestDatabase();
    const user = await registerUser(db, "client", { email: "promote.me@guild.test" });
    const session = await signInFully(db, user.email);
    db.$client.close();

    const tsx = path.resolve("node_modules/.bin/tsx");
    const env = { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "development" as const };
    const { stdout } = await run(
      tsx,
      ["--conditions=react-server", "scripts/user-promote.ts", "PROMOTE.me@guild.test"],
      { env },
    );
    expect(stdout).toMatch(/promote\.me@guild\.test is now an admin \(1 session\(s\) revoked\)/);
    await expect(
      run(tsx, ["--conditions=react-server", "scripts/user-promote.ts", "nobody@guild.test"], {
        env,
      }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/No account uses nobody@guild\.test/),
    });

    const { openDatabase } = await import("~/server/db/client");
    const reopened = await openDatabase({ url: `file:${file}` });
    const [row] = await reopened.select().from(users).where(eq(users.id, user.id));
    expect(row?.role).toBe("admin");
    expect(await loadSession(reopened, session.sessionId)).toBeNull();
    reopened.$client.close();
    // Two script runs, each starting tsx: on a loaded two-core runner that alone can take 20 s.
  }, 90_000);
});
