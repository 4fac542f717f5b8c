import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { createUser } from "../../helpers/people";
import { hiredContract } from "../../helpers/marketplace";
import { createTestDatabase } from "../../helpers/test-db";
import { provenAdmin } from "./proven-admin";

let db: Database;
let api: Awaited<ReturnType<typeof provenAdmin>>["api"];

const day = (text: string) => new Date(`${text}T12:00:00Z`);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  ({ api } = await provenAdmin(db));
  await createUser(db, "client", {
    name: "Ana Ferreira",
    email: "ana@example.test",
    createdAt: day("2026-01-10"),
  });
  await createUser(db, "freelancer", {
    name: "Bruno Ana-Lima",
    email: "bruno@example.test",
    createdAt: day("2026-02-10"),
  });
  await createUser(db, "freelancer", {
    name: "Carla Dias",
    email: "carla.banana@example.test",
    status: "suspended",
    createdAt: day("2026-03-10"),
  });
  for (let n = 0; n < 7; n++)
    await createUser(db, "client", {
      name: `Paged Person ${n}`,
      email: `paged${n}@example.test`,
      // Two share a sign-up moment: the id breaks the tie, so paging never skips one.
      createdAt: day(`2025-06-1${Math.min(n, 5)}`),
    });
});

const names = (page: { items: { name: string }[] }) => page.items.map((p) => p.name);

describe("finding people", () => {
  it("searches a part of the name or the email, in any case", async () => {
    expect(names(await api.admin.people({ q: "ANA" })).sort()).toEqual([
      "Ana Ferreira",
      "Bruno Ana-Lima",
      "Carla Dias",
    ]);
    expect(names(await api.admin.people({ q: "bruno@" }))).toEqual(["Bruno Ana-Lima"]);
  });

  it("filters by role, status and sign-up days (both ends included)", async () => {
    expect(names(await api.admin.people({ q: "ana", role: "freelancer" })).sort()).toEqual([
      "Bruno Ana-Lima",
      "Carla Dias",
    ]);
    expect(names(await api.admin.people({ q: "ana", status: "suspended" }))).toEqual([
      "Carla Dias",
    ]);
    expect(
      names(await api.admin.people({ q: "ana", from: "2026-01-10", to: "2026-02-10" })),
    ).toEqual(["Bruno Ana-Lima", "Ana Ferreira"]);
  });

  it("pages newest first without skipping or repeating anyone", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof api.admin.people>> = await api.admin.people({
        q: "paged",
        limit: 3,
        cursor,
      });
      seen.push(...names(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(0, 2).sort()).toEqual(["Paged Person 5", "Paged Person 6"]);
  });

  it("refuses a malformed filter with a sentence", async () => {
    await expect(api.admin.people({ from: "yesterday" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(api.admin.people({ cursor: "not a cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("a person's page", () => {
  it("shows their contracts, balances, sessions and the events about them", async () => {
    const { contract, client } = await hiredContract(db);
    const page = await api.admin.person({ userId: client.user.id });
    expect(page.profile).toMatchObject({ id: client.user.id, role: "client", isSelf: false });
    expect(page.projects.count).toBe(1);
    expect(page.contracts).toMatchObject({
      count: 1,
      recent: [{ id: contract.id, as: "client" }],
    });
    expect(page.proposals.count).toBe(0);
    expect(page.balances).toEqual([]);
    expect(page.sessions).toEqual([]);
  });

  it("is not found for an id nobody has", async () => {
    await expect(api.admin.person({ userId: "nobody" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
