import { createHash } from "node:crypto";
import { count } from "drizzle-orm";

import { hashPassword } from "~/server/auth/password";
import type { Database } from "~/server/db/client";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";
import type { ProjectStatus } from "~/shared/schemas/project";
import { demoAdmin, demoClients, demoFreelancers, skillCatalogue, slugify } from "./catalogue";
import { fillers, projectTemplates } from "./project-templates";

/**
 * Idempotent demo data: every row has a deterministic id or unique key, and inserts skip
 * rows that already exist, so running the seed twice changes nothing.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The password of every seeded demo account. Demo data never reaches a real deployment. */
export const DEMO_PASSWORD = "guild-demo-password";
const BATCH = 400;

/** A stable UUID-shaped id from a name, so re-seeding finds the same rows. */
export function seedId(name: string) {
  const hex = createHash("sha256").update(`guild-seed:${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Small deterministic PRNG (mulberry32): the same seed always builds the same marketplace. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick };
}

const currencies = ["USD", "USD", "USD", "USD", "EUR", "EUR", "GBP"] as const;

function statusFor(roll: number): ProjectStatus {
  if (roll < 0.72) return "open";
  if (roll < 0.8) return "draft";
  if (roll < 0.9) return "in_progress";
  if (roll < 0.96) return "completed";
  return "cancelled";
}

function roundTo(value: number, step: number) {
  return Math.max(step, Math.round(value / step) * step);
}

export interface SeedOptions {
  projects?: number;
  /** Anchor for relative dates; defaults to now. */
  now?: Date;
}

export async function seedDemoData(db: Database, options: SeedOptions = {}) {
  const projectCount = options.projects ?? 200;
  const now = options.now?.getTime() ?? Date.now();
  const rng = random(20261121);

  const skillRows = skillCatalogue.flatMap(({ category, names }) =>
    names.map((name) => ({ slug: slugify(name), name, category })),
  );

  // Every demo account signs in with the same documented password (README); one hash serves all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = [
    ...demoClients.map((p) => ({ ...p, role: "client" as const })),
    ...demoFreelancers.map((p) => ({ ...p, role: "freelancer" as const })),
    { ...demoAdmin, role: "admin" as const },
  ].map((person, index) => ({
    id: seedId(`user:${person.email}`),
    name: person.name,
    email: person.email,
    role: person.role,
    passwordHash,
    emailVerified: new Date(now - (400 - index) * DAY_MS),
    createdAt: new Date(now - (400 - index) * DAY_MS),
  }));
  const clientIds = people.filter((p) => p.role === "client").map((p) => p.id);

  await db.transaction(async (tx) => {
    await tx.insert(skills).values(skillRows).onConflictDoNothing();
    await tx.insert(users).values(people).onConflictDoNothing();
  });

  const skillIdBySlug = new Map(
    (await db.select({ id: skills.id, slug: skills.slug }).from(skills)).map((s) => [s.slug, s.id]),
  );

  const projectRows: (typeof projects.$inferInsert)[] = [];
  const tagRows: (typeof projectSkills.$inferInsert)[] = [];
  for (let i = 0; i < projectCount; i++) {
    const template = rng.pick(projectTemplates);
    // One choice per project, so the title and the brief speak of the same thing.
    const chosen = {
      product: rng.pick(fillers.product),
      audience: rng.pick(fillers.audience),
      language: rng.pick(fillers.language),
    };
    const fill = (text: string) =>
      text
        .replaceAll("{product}", chosen.product)
        .replaceAll("{audience}", chosen.audience)
        .replaceAll("{language}", chosen.language);
    const title = fill(template.title);
    const description = [
      fill(template.brief),
      "What we need:",
      ...template.deliverables.map((d) => `- ${d}`),
      rng.next() < 0.5
        ? "Please include one or two examples of similar work in your proposal."
        : "Tell us briefly how you would approach this and what you would need from us.",
    ].join("\n\n");

    const currency = rng.pick(currencies);
    const [low, high] = template.band;
    const step = template.budgetType === "hourly" ? 5 : 100;
    const min = roundTo(low + rng.next() * (high - low) * 0.5, step);
    const max = roundTo(min + rng.next() * (high - min), step);
    const status = statusFor(rng.next());
    const createdAt = now - rng.int(60_000, 90 * DAY_MS);
    // Published within two days of being drafted, and never in the future.
    const publishedAt =
      status === "draft" ? null : createdAt + rng.int(0, Math.min(2 * DAY_MS, now - createdAt));
    const id = seedId(`project:${i}`);

    projectRows.push({
      id,
      clientId: rng.pick(clientIds),
      title,
      description,
      status,
      budgetType: template.budgetType,
      budgetMinMinor: min * 100,
      budgetMaxMinor: Math.max(min, max) * 100,
      currency,
      experienceLevel: template.level,
      duration: template.duration,
      deadline: rng.next() < 0.3 ? new Date(now + rng.int(14, 120) * DAY_MS) : null,
      publishedAt: publishedAt === null ? null : new Date(publishedAt),
      createdAt: new Date(createdAt),
      updatedAt: new Date(publishedAt ?? createdAt),
    });
    for (const name of template.skills) {
      const skillId = skillIdBySlug.get(slugify(name));
      if (skillId !== undefined) tagRows.push({ projectId: id, skillId });
    }
  }

  await db.transaction(async (tx) => {
    for (let i = 0; i < projectRows.length; i += BATCH) {
      await tx
        .insert(projects)
        .values(projectRows.slice(i, i + BATCH))
        .onConflictDoNothing();
    }
    for (let i = 0; i < tagRows.length; i += BATCH) {
      await tx
        .insert(projectSkills)
        .values(tagRows.slice(i, i + BATCH))
        .onConflictDoNothing();
    }
  });

  return {
    skills: skillRows.length,
    users: people.length,
    projects: projectRows.length,
  };
}

/** Seeds only a database that has no users yet: a real deployment is never touched. */
export async function seedDemoDataIfEmpty(db: Database, options?: SeedOptions) {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  return seedDemoData(db, options);
}
