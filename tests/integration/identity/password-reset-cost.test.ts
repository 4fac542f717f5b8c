import { beforeAll, describe, expect, it, vi } from "vitest";

import type * as PasswordModule from "~/server/crypto/password";
import type { Database } from "~/server/db/client";
import { callerFor } from "../../helpers/caller";
import { registerUser } from "../../helpers/people";
import { deliveredMail } from "../../helpers/delivered-mail";
import { createTestDatabase } from "../../helpers/test-db";

/** Counts the argon2 hashes computed, without changing what they compute. */
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock("~/server/crypto/password", async (importOriginal) => {
  const real = await importOriginal<typeof PasswordModule>();
  return {
    ...real,
    hashPassword: async (password: string) => {
      hashes.count++;
      return real.hashPassword(password);
    },
  };
});

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("a password reset with a dead link", () => {
  it("is refused before any password is hashed; a live link still works", async () => {
    const before = hashes.count;
    for (const token of ["t".repeat(43), "u".repeat(60)]) {
      await expect(
        callerFor(db).auth.resetPassword({ token, password: "a brand new passphrase" }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(hashes.count).toBe(before);

    const user = await registerUser(db);
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    const { token } = (await deliveredMail(db, user.email))!;
    const counted = hashes.count;
    await callerFor(db).auth.resetPassword({ token: token!, password: "a brand new passphrase" });
    expect(hashes.count).toBe(counted + 1);
  });
});
