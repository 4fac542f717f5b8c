import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { callerFor } from "../../helpers/caller";
import { PASSWORD, registerUser, signInFully } from "../../helpers/people";
import { deliveredMail } from "../../helpers/delivered-mail";
import { createTestDatabase } from "../../helpers/test-db";

const COMMON = "This is similar to a commonly used password. Add more words that are less common.";
const PERSONAL =
  "Passwords made from your name or email address are easy to guess. Add more words that are less common.";
let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("a new password must be hard to guess (zxcvbn 3+), in every place one is chosen", () => {
  it("sign-up refuses password1234 and one made of the person's name, with zxcvbn's advice", async () => {
    const api = callerFor(db);
    const input = { name: "Ada Lovelace", email: "ada@guild.test", role: "client" as const };
    await expect(api.auth.signUp({ ...input, password: "password1234" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: COMMON,
      cause: { fieldErrors: { password: [COMMON] } },
    });
    await expect(api.auth.signUp({ ...input, password: "AdaLovelace2024" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: PERSONAL,
    });
    expect(await db.$count(users, eq(users.email, "ada@guild.test"))).toBe(0);

    await api.auth.signUp({ ...input, password: "a brand new passphrase" });
    expect(await db.$count(users, eq(users.email, "ada@guild.test"))).toBe(1);
  });

  it("changing the password refuses a weak new one and keeps the old one working", async () => {
    const user = await registerUser(db);
    const api = callerFor(db, await signInFully(db, user.email));
    await expect(
      api.account.changePassword({ currentPassword: PASSWORD, newPassword: "password1234" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { newPassword: [COMMON] } },
    });
    // The person's own email, as the whole password.
    await expect(
      api.account.changePassword({ currentPassword: PASSWORD, newPassword: user.email }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^Passwords made from your name/),
    });
    await expect(signInFully(db, user.email)).resolves.toBeDefined();
  });

  it("a reset refuses a weak password and leaves the link usable for a strong one", async () => {
    const user = await registerUser(db);
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    const { token } = (await deliveredMail(db, user.email))!;
    await expect(
      callerFor(db).auth.resetPassword({ token: token!, password: "password1234" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { password: [COMMON] } },
    });
    await expect(signInFully(db, user.email)).resolves.toBeDefined();
    await expect(
      callerFor(db).auth.resetPassword({ token: token!, password: "a brand new passphrase" }),
    ).resolves.toEqual({ email: user.email });
  });

  it("keeps the length rules: 12 to 128 characters, whatever the strength", async () => {
    const api = callerFor(db);
    const input = { name: "Len", email: "len@guild.test", role: "client" as const };
    await expect(api.auth.signUp({ ...input, password: "Xq7#vB2!pL9" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Use at least 12 characters"),
    });
    await expect(
      api.auth.signUp({ ...input, password: "a brand new passphrase ".repeat(6) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
