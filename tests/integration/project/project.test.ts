import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import type { User } from "~/server/db/schema/users";
import { callerFor, actorOf } from "../../helpers/caller";
import { createProject, createSkill } from "../../helpers/marketplace";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return "OK";
}

let db: Database;
let owner: User;
let otherClient: User;
let freelancer: User;
const openIds: string[] = [];
let draftId: string;
let inProgressId: string;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  owner = await createUser(db, "client");
  otherClient = await createUser(db, "client");
  freelancer = await createUser(db, "freelancer");
  const react = await createSkill(db, "React");
  const design = await createSkill(db, "UI design");

  // 45 open projects, one minute apart, plus two that share a timestamp to exercise the id tiebreak.
  const base = Date.UTC(2026, 10, 1);
  for (let i = 0; i < 45; i++) {
    const project = await createProject(db, owner.id, {
      title: `Open project ${String(i).padStart(2, "0")}`,
      publishedAt: new Date(base + i * 60_000),
      skillIds: i % 2 === 0 ? [react.id, design.id] : [],
    });
    openIds.push(project.id);
  }
  for (let i = 0; i < 2; i++) {
    const twin = await createProject(db, owner.id, {
      title: `Twin ${i}`,
      publishedAt: new Date(base + 10 * 60_000),
    });
    openIds.push(twin.id);
  }
  draftId = (
    await createProject(db, owner.id, {
      status: "draft",
      title: "Secret draft",
    })
  ).id;
  inProgressId = (
    await createProject(db, owner.id, {
      status: "in_progress",
      publishedAt: new Date(base + 99 * 60_000),
    })
  ).id;
  await createProject(db, owner.id, {
    status: "cancelled",
    publishedAt: new Date(base + 98 * 60_000),
  });
});

describe("project.listOpen", () => {
  it("lists only open projects, newest first, 20 to a page", async () => {
    const page = await callerFor(db).project.listOpen({});
    expect(page.items).toHaveLength(20);
    expect(page.items[0]!.title).toBe("Open project 44");
    const times = page.items.map((p) => p.publishedAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(page.items.every((p) => p.status === "open")).toBe(true);
    expect(page.newerCursor).toBeNull();
    expect(page.olderCursor).not.toBeNull();
  });

  it("walks every open project exactly once with keyset cursors, and back again", async () => {
    const api = callerFor(db);
    const seen: string[] = [];
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await api.project.listOpen({ cursor });
      pages.push(page);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.olderCursor ?? undefined;
    } while (cursor);

    expect(pages).toHaveLength(3);
    expect(seen).toHaveLength(openIds.length);
    expect(new Set(seen)).toEqual(new Set(openIds));
    expect(seen).not.toContain(draftId);
    expect(seen).not.toContain(inProgressId);

    // From the last page, "newer" returns exactly the page before it.
    const last = pages[2]!;
    const back = await api.project.listOpen({
      cursor: last.newerCursor!,
      direction: "backward",
    });
    expect(back.items.map((p) => p.id)).toEqual(pages[1]!.items.map((p) => p.id));
    const first = await api.project.listOpen({
      cursor: back.newerCursor!,
      direction: "backward",
    });
    expect(first.items.map((p) => p.id)).toEqual(pages[0]!.items.map((p) => p.id));
    expect(first.newerCursor).toBeNull();
  });

  it("attaches skills and a short excerpt to each card", async () => {
    const page = await callerFor(db).project.listOpen({ limit: 2 });
    const withSkills = page.items.find((p) => p.skills.length > 0);
    expect(withSkills?.skills.map((s) => s.name)).toEqual(["React", "UI design"]);
    expect(page.items[0]!.clientName).toBe(owner.name);
  });

  it("answers BAD_REQUEST with field errors for bad input", async () => {
    const api = callerFor(db);
    await expect(api.project.listOpen({ limit: 500 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      api.project.listOpen({ cursor: "'; drop table projects; --" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("project.byId", () => {
  it("returns an open project with its skills to anyone", async () => {
    const project = await callerFor(db).project.byId({ id: openIds[0]! });
    expect(project.title).toBe("Open project 00");
    expect(project.skills).toHaveLength(2);
    expect(project.description).toContain("useful");
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    expect(await codeOf(callerFor(db).project.byId({ id: "no-such-project" }))).toBe("NOT_FOUND");
  });

  it("hides a draft from everyone but its client: another user gets NOT_FOUND", async () => {
    expect(await codeOf(callerFor(db).project.byId({ id: draftId }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(db, actorOf(otherClient)).project.byId({ id: draftId }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(callerFor(db, actorOf(freelancer)).project.byId({ id: draftId }))).toBe(
      "NOT_FOUND",
    );
    const own = await callerFor(db, actorOf(owner)).project.byId({
      id: draftId,
    });
    expect(own.title).toBe("Secret draft");
  });
});

describe("marketplace.stats", () => {
  it("counts open projects, active freelancers and skills", async () => {
    const stats = await callerFor(db).marketplace.stats();
    expect(stats).toEqual({
      openProjects: openIds.length,
      freelancers: 1,
      skills: 2,
    });
  });
});
