import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { callerFor, actorOf } from "../../helpers/caller";
import { hiredContract, projectInput, proposalInput } from "../../helpers/marketplace";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * Which states can a private thing reach, and is it private in each? A project that was never
 * published stays private whatever status it reaches; other people's drafts and contracts are
 * an admin power that needs a 2FA-proven session.
 */
let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

async function codeOf(call: Promise<unknown>) {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

async function admins() {
  const passwordOnly = await createUser(db, "admin");
  const twoFactorOn = await createUser(db, "admin", { twoFactorEnabledAt: new Date() });
  return {
    passwordOnly: callerFor(db, actorOf(passwordOnly)),
    // 2FA is on for the account, but this session was opened without proving it.
    unproven: callerFor(db, actorOf(twoFactorOn)),
    proven: callerFor(db, { ...actorOf(twoFactorOn), secondFactorVerified: true }),
  };
}

describe("a project that was never published", () => {
  it("stays private once discarded: anonymous, strangers and proposals all get NOT_FOUND", async () => {
    const owner = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const other = await actor(db, "client");
    const draft = await owner.api.project.create(await projectInput(db));
    await owner.api.project.cancel({ id: draft.id });

    expect(await codeOf(callerFor(db).project.byId({ id: draft.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.api.project.byId({ id: draft.id }))).toBe("NOT_FOUND");
    expect(await codeOf(freelancer.api.project.byId({ id: draft.id }))).toBe("NOT_FOUND");
    expect(await codeOf(freelancer.api.proposal.submit(proposalInput(draft.id)))).toBe("NOT_FOUND");
    expect((await owner.api.project.byId({ id: draft.id })).status).toBe("cancelled");
  });

  it("is hidden from an admin whose session did not prove a second factor", async () => {
    const owner = await actor(db, "client");
    const draft = await owner.api.project.create(await projectInput(db));
    const as = await admins();
    expect(await codeOf(as.passwordOnly.project.byId({ id: draft.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as.unproven.project.byId({ id: draft.id }))).toBe("NOT_FOUND");
    expect((await as.proven.project.byId({ id: draft.id })).id).toBe(draft.id);
  });
});

describe("a project once published", () => {
  it("stays public after it is closed", async () => {
    const owner = await actor(db, "client");
    const project = await owner.api.project.create(await projectInput(db));
    await owner.api.project.publish({ id: project.id });
    await owner.api.project.cancel({ id: project.id });
    expect((await callerFor(db).project.byId({ id: project.id })).status).toBe("cancelled");
  });
});

describe("contracts", () => {
  it("are read by an admin only with a 2FA-proven session", async () => {
    const { contract } = await hiredContract(db);
    const as = await admins();
    for (const admin of [as.passwordOnly, as.unproven]) {
      expect(await codeOf(admin.contract.workspace({ id: contract.id }))).toBe("NOT_FOUND");
      expect(await codeOf(admin.contract.byId({ id: contract.id }))).toBe("NOT_FOUND");
    }
    const workspace = await as.proven.contract.workspace({ id: contract.id });
    expect(workspace.role).toBe("observer");
  });
});
