import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { callerFor } from "../../helpers/caller";
import { PASSWORD, registerUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("where signing in lands", () => {
  it("on the dashboard, every role's starting point, unless a safe `next` says otherwise", async () => {
    const { email } = await registerUser(db, "freelancer", { verified: true });
    const signIn = (next?: string) =>
      callerFor(db).auth.signIn({ email, password: PASSWORD, ...(next ? { next } : {}) });
    expect(await signIn()).toEqual({ step: "done", redirectTo: "/dashboard" });
    expect(await signIn("/projects?q=booking")).toEqual({
      step: "done",
      redirectTo: "/projects?q=booking",
    });
    for (const offSite of ["//evil.example", "https://evil.example/", "/\\evil.example"])
      expect(await signIn(offSite)).toEqual({ step: "done", redirectTo: "/dashboard" });
  });

  it("a new account lands on its dashboard's first-steps checklist", async () => {
    const result = await callerFor(db).auth.signUp({
      name: "New Person",
      email: `new-${Date.now()}@guild.test`,
      password: PASSWORD,
      role: "client",
    });
    expect(result).toEqual({ redirectTo: "/dashboard?welcome=1" });
  });
});
