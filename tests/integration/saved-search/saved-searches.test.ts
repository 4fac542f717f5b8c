import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import {
  MATCH_LAG_MS,
  matchSavedSearches,
} from "~/server/domain/saved-search/match-saved-searches";
import { MAX_SAVED_SEARCHES, type SavedSearchAlert } from "~/shared/schemas/saved-search";
import type { ProjectStatus } from "~/shared/statuses";
import { at } from "../../helpers/clock";
import { createProject, projectInput } from "../../helpers/marketplace";
import { jobsNamed, notificationsOf } from "../../helpers/notifications";
import { actor } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
type Person = Awaited<ReturnType<typeof actor>>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const search = (query: string, alert: SavedSearchAlert = "instantly", name = "My search") => ({
  name,
  query,
  alert,
});

describe("keeping a search", () => {
  it("keeps the search as the page reads it: known parts in a stable order, no page position", async () => {
    const freelancer = await actor(db, "freelancer");
    const saved = await freelancer.api.savedSearch.create(
      search(`skills=react&utm_source=mail&after=${"x".repeat(300)}&sort=newest&q=react+app`),
    );
    expect(saved).toMatchObject({
      name: "My search",
      query: "q=react+app&sort=newest&skills=react",
    });
    expect(await freelancer.api.savedSearch.list()).toEqual([
      expect.objectContaining({
        id: saved.id,
        query: "q=react+app&sort=newest&skills=react",
        alert: "instantly",
      }),
    ]);
  });

  it("refuses a search with nothing to search for, naming the field", async () => {
    const freelancer = await actor(db, "freelancer");
    for (const query of ["", "after=abc&utm_source=mail"]) {
      await expect(freelancer.api.savedSearch.create(search(query))).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: {
          fieldErrors: { query: ["Search for something first: words, skills or filters."] },
        },
      });
    }
    expect(await freelancer.api.savedSearch.list()).toEqual([]);
  });

  it("refuses a search with a part the page would ignore, naming it as the page does", async () => {
    const freelancer = await actor(db, "freelancer");
    const message =
      "Part of this search is not valid (experience level, minimum budget): fix it before saving.";
    await expect(
      freelancer.api.savedSearch.create(search("q=kiosk&level=wizard&min=lots")),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fieldErrors: { query: [message] } } });
    await expect(
      freelancer.api.savedSearch.create({ name: "  ", query: "q=kiosk", alert: "daily" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await freelancer.api.savedSearch.list()).toEqual([]);
  });

  it(`keeps up to ${MAX_SAVED_SEARCHES} searches a person`, async () => {
    const freelancer = await actor(db, "freelancer");
    for (let n = 1; n <= MAX_SAVED_SEARCHES; n++)
      await freelancer.api.savedSearch.create(search(`q=word${n}`, "never", `Search ${n}`));
    await expect(freelancer.api.savedSearch.create(search("q=one+more"))).rejects.toMatchObject({
      code: "CONFLICT",
      message: `You can keep up to ${MAX_SAVED_SEARCHES} saved searches. Delete one to save another.`,
    });
    // Another person's count is their own.
    const other = await actor(db, "freelancer");
    await expect(other.api.savedSearch.create(search("q=one+more"))).resolves.toBeTruthy();
    // Deleting one makes room again.
    const [newest] = await freelancer.api.savedSearch.list();
    await freelancer.api.savedSearch.delete({ id: newest!.id });
    await expect(freelancer.api.savedSearch.create(search("q=one+more"))).resolves.toBeTruthy();
  });

  it("renames and re-alerts a search; a name is checked as on creation", async () => {
    const freelancer = await actor(db, "freelancer");
    const saved = await freelancer.api.savedSearch.create(search("q=kiosk"));
    expect(
      await freelancer.api.savedSearch.update({ id: saved.id, name: "  Kiosks  ", alert: "daily" }),
    ).toEqual({ id: saved.id, name: "Kiosks", alert: "daily" });
    await expect(
      freelancer.api.savedSearch.update({ id: saved.id, name: "x".repeat(81) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await freelancer.api.savedSearch.list()).toEqual([
      expect.objectContaining({ name: "Kiosks", alert: "daily", query: "q=kiosk" }),
    ]);
  });
});

describe("only their owner", () => {
  it("lists only the person's own searches, newest first", async () => {
    const [mine, theirs] = [await actor(db, "freelancer"), await actor(db, "freelancer")];
    await at(new Date("2030-01-01T10:00:00Z"), () =>
      mine.api.savedSearch.create(search("q=older", "daily", "Older")),
    );
    await at(new Date("2030-01-02T10:00:00Z"), () =>
      mine.api.savedSearch.create(search("q=newer", "never", "Newer")),
    );
    await theirs.api.savedSearch.create(search("q=theirs", "instantly", "Theirs"));
    expect((await mine.api.savedSearch.list()).map((s) => s.name)).toEqual(["Newer", "Older"]);
    expect((await theirs.api.savedSearch.list()).map((s) => s.name)).toEqual(["Theirs"]);
  });

  it("someone else's search does not exist for another freelancer: update and delete are NOT_FOUND", async () => {
    const [owner, other] = [await actor(db, "freelancer"), await actor(db, "freelancer")];
    const saved = await owner.api.savedSearch.create(search("q=kiosk", "daily", "Mine"));
    await expect(
      other.api.savedSearch.update({ id: saved.id, name: "Stolen", alert: "never" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "That saved search does not exist." });
    await expect(other.api.savedSearch.delete({ id: saved.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      owner.api.savedSearch.update({ id: "no-such-id", name: "X" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await owner.api.savedSearch.list()).toEqual([
      expect.objectContaining({ id: saved.id, name: "Mine", alert: "daily" }),
    ]);
    await owner.api.savedSearch.delete({ id: saved.id });
    expect(await owner.api.savedSearch.list()).toEqual([]);
    await expect(owner.api.savedSearch.delete({ id: saved.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("clients and admins are refused every procedure (FORBIDDEN)", async () => {
    const freelancer = await actor(db, "freelancer");
    const saved = await freelancer.api.savedSearch.create(search("q=kiosk"));
    for (const role of ["client", "admin"] as const) {
      const person = await actor(db, role);
      for (const call of [
        () => person.api.savedSearch.list(),
        () => person.api.savedSearch.create(search("q=kiosk")),
        () => person.api.savedSearch.update({ id: saved.id, alert: "never" }),
        () => person.api.savedSearch.delete({ id: saved.id }),
      ])
        await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await freelancer.api.savedSearch.list()).toHaveLength(1);
  });
});

/*
 * Matching runs as the system, over every saved search in this file's database. Each test has
 * a timeline of its own, later than the last one's, and words no other test uses, so earlier
 * tests' searches (matched again by later runs) never meet a later test's projects.
 */
describe("matching new projects", () => {
  const system = () => ({ db, actor: { kind: "system" as const, job: "test" } });
  let clock = Date.parse("2031-01-01T09:00:00Z");
  /** A moment of a fresh timeline, a day after the last test's. */
  function timeline() {
    clock += 24 * 60 * 60 * 1000;
    const start = clock;
    return (seconds: number) => new Date(start + seconds * 1000);
  }
  /** A run as the job makes it, at `now`: the instantly search matches up to `now - MATCH_LAG_MS`. */
  const match = (alert: "instantly" | "daily", now: Date) =>
    matchSavedSearches(system(), { alert, now });
  const published = (
    client: Person,
    title: string,
    publishedAt: Date,
    status: ProjectStatus = "open",
  ) =>
    createProject(db, client.user.id, {
      title,
      description: `${title}: the brief, with everything a freelancer needs to propose.`,
      publishedAt,
      status,
    });
  const matched = async (person: Person) =>
    (await notificationsOf(db, person.user.id)).filter((n) => n.kind === "saved_search.matched");

  it("an instant alert tells of each new matching project once, linking to it, and of nothing else", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await at(t(0), () =>
      freelancer.api.savedSearch.create(search("q=kiosk", "instantly", "Kiosks")),
    );
    const museum = await published(client, "Museum kiosk app", t(1));
    const library = await published(client, "Library kiosk touchscreen", t(2));
    await published(client, "Bakery ordering website", t(3));

    await match("instantly", t(3 + 6));
    const once = await matched(freelancer);
    expect(once).toHaveLength(2);
    expect(once).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: `A new project matches your saved search “Kiosks”: Museum kiosk app.`,
          href: `/projects/${museum.id}`,
          readAt: null,
        }),
        expect.objectContaining({
          title: `A new project matches your saved search “Kiosks”: Library kiosk touchscreen.`,
          href: `/projects/${library.id}`,
        }),
      ]),
    );

    // Run again at the same moment, and later: nobody is told twice.
    await match("instantly", t(3 + 6));
    await match("instantly", t(60));
    expect(await matched(freelancer)).toHaveLength(2);
    // The client who posted them hears nothing of it.
    expect(await matched(client)).toEqual([]);
  });

  it("more than 20 new matches at once: 20 are named, the rest in one notification linking to the search", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await at(t(0), () =>
      freelancer.api.savedSearch.create(search("q=gazebo", "instantly", "Gazebos")),
    );
    for (let i = 1; i <= 22; i++) await published(client, `Gazebo planner ${i}`, t(i));
    await match("instantly", t(22 + 6));
    const told = await matched(freelancer);
    expect(told.filter((n) => n.href.startsWith("/projects/"))).toHaveLength(20);
    expect(told.filter((n) => n.href === "/projects?q=gazebo")).toEqual([
      expect.objectContaining({ title: "More new projects match your saved search “Gazebos”." }),
    ]);
    await match("instantly", t(22 + 6));
    expect(await matched(freelancer)).toHaveLength(21);
  });

  it("a project published within the lag waits for the next run, then is told of once", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await at(t(0), () => freelancer.api.savedSearch.create(search("q=telescope")));
    await published(client, "Telescope mount controller", t(10));
    // At t(12) the run matches up to t(7): the project is not seen yet.
    await match("instantly", t(12));
    expect(await matched(freelancer)).toEqual([]);
    await match("instantly", new Date(t(10).getTime() + MATCH_LAG_MS + 1_000));
    expect(await matched(freelancer)).toHaveLength(1);
  });

  it("a daily alert sends one summary of the new matches, linking to the search", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await at(t(0), () =>
      freelancer.api.savedSearch.create(search("q=aquarium&type=fixed", "daily", "Fish")),
    );
    await published(client, "Aquarium ticket booking", t(1));
    await published(client, "Aquarium feeding schedule app", t(2));
    await published(client, "Garden centre stock app", t(3));

    // The instant run leaves daily searches alone.
    await match("instantly", t(10));
    expect(await matched(freelancer)).toEqual([]);
    await match("daily", t(10));
    expect(await matched(freelancer)).toEqual([
      expect.objectContaining({
        title: "2 new projects match your saved search “Fish”.",
        body: "Aquarium feeding schedule app · Aquarium ticket booking",
        href: "/projects?q=aquarium&type=fixed",
      }),
    ]);
    await match("daily", t(10));
    await match("daily", t(20));
    expect(await matched(freelancer)).toHaveLength(1);
  });

  it("a search with no alerts is never told, whatever runs", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await at(t(0), () => freelancer.api.savedSearch.create(search("q=lighthouse", "never")));
    await published(client, "Lighthouse visitor guide", t(1));
    await match("instantly", t(10));
    await match("daily", t(10));
    expect(await matched(freelancer)).toEqual([]);
  });

  it("projects published before the search was saved, or before its alert was turned on, are not alerted", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await published(client, "Lantern festival website", t(1));
    await at(t(2), () => freelancer.api.savedSearch.create(search("q=lantern")));
    await match("instantly", t(10));
    expect(await matched(freelancer)).toEqual([]);

    // A quiet search switched on later starts from that moment too.
    const quiet = await at(t(20), () =>
      freelancer.api.savedSearch.create(search("q=glacier", "never", "Ice")),
    );
    await published(client, "Glacier photo archive", t(21));
    await at(t(22), () => freelancer.api.savedSearch.update({ id: quiet.id, alert: "instantly" }));
    await match("instantly", t(30));
    expect(await matched(freelancer)).toEqual([]);

    const later = await published(client, "Lantern repair shop site", t(31));
    await match("instantly", t(40));
    expect(await matched(freelancer)).toEqual([
      expect.objectContaining({ href: `/projects/${later.id}` }),
    ]);
  });

  it("a project cancelled or filled before the run is not alerted", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await at(t(0), () => freelancer.api.savedSearch.create(search("q=observatory")));
    const cancelled = await published(client, "Observatory booking", t(1));
    await client.api.project.cancel({ id: cancelled.id });
    await published(client, "Observatory signage", t(2), "in_progress");
    const open = await published(client, "Observatory night tours", t(3));
    await match("instantly", t(10));
    expect(await matched(freelancer)).toEqual([
      expect.objectContaining({ href: `/projects/${open.id}` }),
    ]);
  });

  it("searches of several people match each on its own", async () => {
    const t = timeline();
    const client = await actor(db, "client");
    const [a, b] = [await actor(db, "freelancer"), await actor(db, "freelancer")];
    await at(t(0), () => a.api.savedSearch.create(search("q=vineyard", "instantly", "Wine")));
    await at(t(0), () => b.api.savedSearch.create(search("q=orchard", "instantly", "Fruit")));
    const vineyard = await published(client, "Vineyard tasting bookings", t(1));
    const orchard = await published(client, "Orchard pick-your-own map", t(2));
    await match("instantly", t(10));
    expect((await matched(a)).map((n) => n.href)).toEqual([`/projects/${vineyard.id}`]);
    expect((await matched(b)).map((n) => n.href)).toEqual([`/projects/${orchard.id}`]);
  });

  it("publishing a project enqueues a match a little after the lag, once per project", async () => {
    const client = await actor(db, "client");
    const project = await client.api.project.create(
      await projectInput(db, { title: "Planetarium show schedule" }),
    );
    const before = Date.now();
    await client.api.project.publish({ id: project.id });
    const jobs = (await jobsNamed(db, "saved_search.match")).filter(
      (job) => job.dedupeKey === `saved_search.match:published:${project.id}`,
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.runAt.getTime()).toBeGreaterThan(before + MATCH_LAG_MS);
    expect(jobs[0]!.runAt.getTime()).toBeLessThan(Date.now() + MATCH_LAG_MS + 2_000);
  });
});
