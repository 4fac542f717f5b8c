import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";
import * as schema from "~/server/db/schema/index";
import { searchFreelancers } from "~/server/domain/profile/search-freelancers";
import { SearchFreelancersInput } from "~/shared/schemas/profile";
import { callerFor } from "../../helpers/caller";
import { createSkill, hiredContract, projectInput } from "../../helpers/marketplace";
import { fund } from "../../helpers/money";
import { actor } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
let rust: { id: number; slug: string };
let go: { id: number; slug: string };
let figma: { id: number; slug: string };

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  rust = await createSkill(db, "Rust");
  go = await createSkill(db, "Go");
  figma = await createSkill(db, "Figma");
});

const profileInput = (overrides: Record<string, unknown> = {}) => ({
  headline: "Systems programmer for databases and compilers",
  bio: "I build **fast** storage engines.\n\n- Rust since 2016\n- Go in production",
  hourlyRateMinor: 9_500,
  currency: "EUR" as const,
  availability: "available" as const,
  location: "Lisbon, Portugal",
  skillIds: [rust.id, go.id],
  portfolio: [
    {
      title: "Embedded key-value store",
      description: "LSM tree, 2M writes/s",
      url: "https://example.com/kv",
    },
    { title: "Query planner", description: "", url: "" },
  ],
  ...overrides,
});

const anonymous = () => callerFor(db, null);

describe("freelancer profiles", () => {
  it("a freelancer saves a profile that anyone can read, with skills, portfolio and reputation", async () => {
    const freelancer = await actor(db, "freelancer");
    await freelancer.api.profile.saveFreelancer(profileInput());

    const page = await anonymous().profile.freelancer({ id: freelancer.user.id });
    expect(page).toMatchObject({
      name: freelancer.user.name,
      headline: "Systems programmer for databases and compilers",
      hourlyRateMinor: 9_500,
      currency: "EUR",
      completedContracts: 0,
      reviews: { count: 0, averages: { overall: null } },
    });
    expect(page.skills.map((s) => s.name)).toEqual(["Go", "Rust"]);
    expect(page.portfolio).toEqual([
      expect.objectContaining({ title: "Embedded key-value store", url: "https://example.com/kv" }),
      expect.objectContaining({ title: "Query planner", url: null }),
    ]);
  });

  it("saving again replaces skills and portfolio, and the form reads back what was saved", async () => {
    const freelancer = await actor(db, "freelancer");
    await freelancer.api.profile.saveFreelancer(profileInput());
    await freelancer.api.profile.saveFreelancer(
      profileInput({
        skillIds: [figma.id],
        portfolio: [],
        headline: "Product designer for B2B tools",
      }),
    );
    const mine = await freelancer.api.profile.myFreelancer();
    expect(mine).toMatchObject({
      headline: "Product designer for B2B tools",
      skillIds: [figma.id],
      portfolio: [],
    });
  });

  it("refuses bad input with field errors and keeps the previous profile", async () => {
    const freelancer = await actor(db, "freelancer");
    await freelancer.api.profile.saveFreelancer(profileInput());
    const tooMany = Array.from({ length: 16 }, (_, i) => i + 1);
    for (const bad of [
      profileInput({ skillIds: [] }),
      profileInput({ skillIds: tooMany }),
      profileInput({ portfolio: [{ title: "XSS", description: "", url: "javascript:alert(1)" }] }),
      profileInput({ headline: "short" }),
      profileInput({ hourlyRateMinor: 12.5 }),
    ]) {
      await expect(freelancer.api.profile.saveFreelancer(bad)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    // A skill id outside the catalogue fails inside the transaction: nothing is half-saved.
    await expect(
      freelancer.api.profile.saveFreelancer(
        profileInput({
          headline: "Half-saved headline that must not stick",
          skillIds: [rust.id, 999_999],
        }),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const mine = await freelancer.api.profile.myFreelancer();
    expect(mine?.headline).toBe("Systems programmer for databases and compilers");
    expect(mine?.skillIds.sort()).toEqual([rust.id, go.id].sort());
  });

  it("only a freelancer has a freelancer profile, and only their own", async () => {
    const client = await actor(db, "client");
    await expect(client.api.profile.saveFreelancer(profileInput())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(anonymous().profile.saveFreelancer(profileInput())).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const owner = await actor(db, "freelancer");
    const other = await actor(db, "freelancer");
    await owner.api.profile.saveFreelancer(profileInput());
    // The profile written is always the caller's: there is no id to point at someone else's.
    await other.api.profile.saveFreelancer(
      profileInput({ headline: "Someone else entirely, hello" }),
    );
    expect((await anonymous().profile.freelancer({ id: owner.user.id })).headline).toBe(
      "Systems programmer for databases and compilers",
    );
  });

  it("is not found for clients, suspended freelancers and freelancers without a profile", async () => {
    const client = await actor(db, "client");
    const bare = await actor(db, "freelancer");
    const suspended = await actor(db, "freelancer");
    await suspended.api.profile.saveFreelancer(profileInput());
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, suspended.user.id));
    for (const id of [client.user.id, bare.user.id, suspended.user.id, "nope"]) {
      await expect(anonymous().profile.freelancer({ id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("shows completed contracts and the rating from reviews", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    await freelancer.api.profile.saveFreelancer(profileInput());
    const m = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "All of it",
      amountMinor: 350_000,
      dueDate: null,
    });
    await fund(client, m.id);
    await freelancer.api.contract.submitMilestone({ id: m.id, note: "Done" });
    await client.api.contract.approveMilestone({ id: m.id });
    await client.api.contract.leaveReview({
      contractId: contract.id,
      overall: 4,
      communication: 5,
      quality: 4,
      timeliness: 3,
      comment: "Solid work, delivered what was agreed.",
    });
    const page = await anonymous().profile.freelancer({ id: freelancer.user.id });
    expect(page.completedContracts).toBe(1);
    // Search ranks by the reputation triggers keep on the profile row: the same figures.
    const listed = await anonymous().profile.searchFreelancers({ q: freelancer.user.name });
    expect(listed.freelancers.find((f) => f.id === freelancer.user.id)).toMatchObject({
      completedContracts: 1,
      rating: 4,
      reviewCount: 1,
    });
    expect(page.reviews).toMatchObject({ count: 1, averages: { overall: 4, timeliness: 3 } });
  });
});

describe("freelancer search", () => {
  let searchDb: Database;
  const api = () => callerFor(searchDb, null);
  const names = async (
    input: Parameters<ReturnType<typeof api>["profile"]["searchFreelancers"]>[0],
  ) => (await api().profile.searchFreelancers(input)).freelancers.map((f) => f.name);

  beforeAll(async () => {
    ({ db: searchDb } = await createTestDatabase());
    const [kotlin, swift] = [
      await createSkill(searchDb, "Kotlin"),
      await createSkill(searchDb, "Swift"),
    ];
    const people = [
      {
        name: "Ada Mobile",
        headline: "Android engineer shipping fintech apps",
        skillIds: [kotlin.id],
        availability: "available",
      },
      {
        name: "Bo Apple",
        headline: "iOS developer for health startups",
        skillIds: [swift.id],
        availability: "unavailable",
      },
      {
        name: "Cy Both",
        headline: "Cross-platform mobile lead",
        skillIds: [kotlin.id, swift.id],
        availability: "limited",
      },
    ] as const;
    for (const person of people) {
      const freelancer = await actor(searchDb, "freelancer");
      await searchDb
        .update(users)
        .set({ name: person.name })
        .where(eq(users.id, freelancer.user.id));
      await freelancer.api.profile.saveFreelancer({
        ...profileInput(),
        headline: person.headline,
        skillIds: [...person.skillIds],
        availability: person.availability,
        portfolio: [],
      });
    }
  });

  it("finds by words in the headline, by name prefix and by skill name", async () => {
    expect(await names({ q: "fintech" })).toEqual(["Ada Mobile"]);
    expect(await names({ q: "appl" })).toEqual(["Bo Apple"]);
    expect((await names({ q: "swift" })).sort()).toEqual(["Bo Apple", "Cy Both"]);
  });

  it("filters by skills (more matches first) and by availability", async () => {
    const both = await names({ skills: ["kotlin", "swift"] });
    expect(both[0]).toBe("Cy Both");
    expect(both).toHaveLength(3);
    expect(await names({ skills: ["swift"], availableOnly: true })).toEqual(["Cy Both"]);
  });

  it("keeps the index in step with renames and skill changes", async () => {
    const [ada] = (await api().profile.searchFreelancers({ q: "fintech" })).freelancers;
    await searchDb.update(users).set({ name: "Ada Renamed" }).where(eq(users.id, ada!.id));
    expect(await names({ q: "renamed" })).toEqual(["Ada Renamed"]);
    expect(await names({ q: "mobile" })).not.toContain("Ada Renamed");
    await searchDb.update(skills).set({ name: "Jetpack Compose" }).where(eq(skills.slug, "kotlin"));
    expect((await names({ q: "jetpack" })).sort()).toEqual(["Ada Renamed", "Cy Both"]);
  });

  it("lists without words by walking the reputation index in page order, never sorting everyone", async () => {
    const logged: { sql: string; params: unknown[] }[] = [];
    const traced = drizzle(searchDb.$client, {
      schema,
      logger: { logQuery: (text, params) => logged.push({ sql: text, params }) },
    }) as unknown as Database;
    const listed = await searchFreelancers({
      ctx: { db: traced, actor: null },
      input: SearchFreelancersInput.parse({}),
    });
    expect(listed.total).toBe(3);
    const page = logged.find((query) => query.sql.includes(" order by "))!;
    const plan = await searchDb.$client.execute({
      sql: `explain query plan ${page.sql}`,
      args: page.params as never[],
    });
    const steps = plan.rows.map((row) => String(row.detail));
    expect(steps[0]).toBe(
      "SCAN freelancer_profiles USING INDEX freelancer_profiles_reputation_idx",
    );
    expect(steps.join("\n")).not.toContain("TEMP B-TREE");
  });

  it("refuses a page out of range", async () => {
    await expect(api().profile.searchFreelancers({ page: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("client profiles", () => {
  it("any client has a public page; saving adds company, about and website", async () => {
    const client = await actor(db, "client");
    expect(await anonymous().profile.client({ id: client.user.id })).toMatchObject({
      companyName: "",
      website: null,
      openProjects: [],
    });
    await client.api.profile.saveClient({
      companyName: "Northwind Clinics",
      about: "We run **twelve** clinics.",
      website: "https://northwind.example.com",
      location: "Leeds, UK",
    });
    expect(await anonymous().profile.client({ id: client.user.id })).toMatchObject({
      companyName: "Northwind Clinics",
      website: "https://northwind.example.com",
    });
    await expect(
      client.api.profile.saveClient({
        companyName: "",
        about: "",
        website: "javascript:alert(1)",
        location: "",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("only clients save a client profile; freelancers' ids are not client pages", async () => {
    const freelancer = await actor(db, "freelancer");
    await expect(
      freelancer.api.profile.saveClient({ companyName: "X", about: "", website: "", location: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(anonymous().profile.client({ id: freelancer.user.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists open projects only, never drafts", async () => {
    const { client, project } = await hiredContract(db);
    const draft = await client.api.project.create({
      ...(await projectInput(db)),
      title: "A draft nobody should see yet",
    });
    const open = await client.api.project.create(await projectInput(db));
    await client.api.project.publish({ id: open.id });
    const page = await anonymous().profile.client({ id: client.user.id });
    const ids = page.openProjects.map((p) => p.id);
    expect(ids).toEqual([open.id]);
    expect(page.openProjectCount).toBe(1);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(project.id); // hired: in progress, no longer open
  });
});
