import type {
  clientProfiles,
  freelancerProfiles,
  freelancerSkills,
  portfolioItems,
} from "~/server/db/schema/profiles";
import type { users } from "~/server/db/schema/users";
import { demoAdmin, demoClients, demoFreelancers } from "./catalogue";
import { specialties } from "./freelancer-specialties";
import { asciiWords, companyStems, regions } from "./names";
import {
  companyKindWeights,
  organisations,
  type Organisation,
  type OrganisationKind,
} from "./organisations";
import { clientProfile, freelancerProfile, type SeededPerson } from "./profiles";
import { randomFor, seedId, type Random } from "./random";
import { type UserRole } from "~/shared/statuses";

/**
 * Everyone on the seeded marketplace: the named demo accounts, then generated people. Every
 * third generated person is a client, so 300 people make 200 freelancers and 100 clients.
 */

const DAY = 24 * 60 * 60 * 1000;
const MIN_GENERATED_PEOPLE = 300;
/** 100,000 projects bring 15,000 people: about 7 projects per client, 40 proposals per freelancer. */
const PEOPLE_PER_PROJECT = 0.15;

const fullStack = specialties.find((s) => s.role === "a full-stack JavaScript developer");

export const DEMO_CLIENT_EMAIL = "client@guild.example";
export const DEMO_FREELANCER_EMAIL = "freelancer@guild.example";

/** Generated people for a marketplace of `projects` projects; always a multiple of 3. */
export function generatedPeopleFor(projects: number) {
  return Math.max(MIN_GENERATED_PEOPLE, 3 * Math.ceil((projects * PEOPLE_PER_PROJECT) / 3));
}

export interface Pool {
  /** Named clients first, then generated ones in the order they were generated. */
  clientIds: string[];
  /** What each client is, at the same index as `clientIds`: what its projects may be about. */
  organisations: Organisation[];
  freelancerIds: string[];
  /** For each skill, the indexes (ascending) into `freelancerIds` of those who list it. */
  freelancersBySkill: Map<number, number[]>;
  named: { clients: number; freelancers: number };
  demoClientId: string;
  demoClientIndex: number;
  demoFreelancerId: string;
}

/**
 * How many of the pool's clients and freelancers project `index` may involve. The pool grows
 * with the project index, so project `index` comes out the same whatever the total.
 */
export function poolAt(pool: Pool, index: number) {
  const people = generatedPeopleFor(index + 1);
  return {
    clients: pool.named.clients + people / 3,
    freelancers: pool.named.freelancers + (2 * people) / 3,
  };
}

function locationFor(rng: Random, home: (typeof regions)[number]) {
  // Most people live in their region; some have moved.
  return rng.pick(rng.chance(0.85) ? home.cities : rng.pick(regions).cities);
}

interface Rows {
  users: (typeof users.$inferInsert)[];
  freelancerProfiles: (typeof freelancerProfiles.$inferInsert)[];
  freelancerSkills: (typeof freelancerSkills.$inferInsert)[];
  portfolioItems: (typeof portfolioItems.$inferInsert)[];
  clientProfiles: (typeof clientProfiles.$inferInsert)[];
}

export function buildPeople(options: {
  projects: number;
  now: number;
  passwordHash: string;
  skillIdBySlug: Map<string, number>;
}) {
  const { now, skillIdBySlug } = options;
  const rows: Rows = {
    users: [],
    freelancerProfiles: [],
    freelancerSkills: [],
    portfolioItems: [],
    clientProfiles: [],
  };
  const pool: Pool = {
    clientIds: [],
    organisations: [],
    freelancerIds: [],
    freelancersBySkill: new Map(),
    named: { clients: demoClients.length, freelancers: demoFreelancers.length },
    demoClientId: seedId(`user:${DEMO_CLIENT_EMAIL}`),
    demoClientIndex: demoClients.findIndex((entry) => entry.email === DEMO_CLIENT_EMAIL),
    demoFreelancerId: seedId(`user:${DEMO_FREELANCER_EMAIL}`),
  };

  const addUser = (rng: Random, person: SeededPerson & { email: string }, role: UserRole) => {
    rows.users.push({
      id: person.id,
      name: person.name,
      email: person.email,
      role,
      passwordHash: options.passwordHash,
      emailVerified: new Date(person.createdAt + rng.int(5 * 60_000, 2 * DAY)),
      createdAt: new Date(person.createdAt),
      updatedAt: new Date(person.createdAt),
    });
  };
  const addFreelancer = (rng: Random, person: SeededPerson, specialty = rng.pick(specialties)) => {
    const built = freelancerProfile(rng, person, specialty, {
      now,
      skillIdBySlug,
      alwaysAvailable: person.id === pool.demoFreelancerId,
    });
    const index = pool.freelancerIds.push(person.id) - 1;
    rows.freelancerProfiles.push(built.profile);
    rows.portfolioItems.push(...built.portfolio);
    for (const skillId of built.skillIds) {
      rows.freelancerSkills.push({ userId: person.id, skillId });
      const holders = pool.freelancersBySkill.get(skillId) ?? [];
      holders.push(index);
      pool.freelancersBySkill.set(skillId, holders);
    }
  };
  const addClient = (
    rng: Random,
    person: SeededPerson,
    organisation: Organisation,
    companyName: string | null,
    profile = true,
  ) => {
    pool.clientIds.push(person.id);
    pool.organisations.push(organisation);
    if (profile)
      rows.clientProfiles.push(clientProfile(rng, person, organisation, companyName, now));
  };
  const cityOf = (person: SeededPerson) => person.location.split(", ")[0] ?? person.location;

  // The named accounts have been around the longest, so their history fits before anything.
  let joined = 0;
  const namedPerson = (entry: { name: string; email: string }) => {
    const rng = randomFor(`user:${entry.email}`);
    const person = {
      ...entry,
      id: seedId(`user:${entry.email}`),
      location: locationFor(rng, rng.pick(regions)),
      createdAt: now - (720 - joined++) * DAY,
    };
    return { rng, person };
  };
  for (const entry of demoClients) {
    const { rng, person } = namedPerson(entry);
    addUser(rng, person, "client");
    const { kind, offer } = entry.organisation;
    const niche = organisations[kind].niches.find((n) => n.offer === offer);
    if (!niche) throw new Error(`No ${kind} niche offers "${offer}"`);
    addClient(rng, person, { kind, niche, city: cityOf(person) }, entry.company);
  }
  for (const entry of demoFreelancers) {
    const { rng, person } = namedPerson(entry);
    addUser(rng, person, "freelancer");
    // The demo freelancer does what most demo projects ask for.
    addFreelancer(rng, person, entry.email === DEMO_FREELANCER_EMAIL ? fullStack : undefined);
  }
  const admin = namedPerson(demoAdmin);
  addUser(admin.rng, admin.person, "admin");

  // Names stay unique while the lists allow (a review by a namesake reads like a self-review);
  // at benchmark scale the combinations run out and a few repeat, as they do in life.
  const taken = new Set([...demoClients, ...demoFreelancers, demoAdmin].map((e) => e.name));
  for (let p = 0; p < generatedPeopleFor(options.projects); p++) {
    const rng = randomFor(`person:${p}`);
    const home = rng.pick(regions);
    let name = `${rng.pick(home.first)} ${rng.pick(home.last)}`;
    for (let tries = 0; taken.has(name) && tries < 20; tries++)
      name = `${rng.pick(home.first)} ${rng.pick(home.last)}`;
    taken.add(name);
    const email = `${asciiWords(name, ".")}.${p + 1}@example.com`;
    const person = {
      id: seedId(`user:${email}`),
      name,
      email,
      location: locationFor(rng, home),
      createdAt: now - rng.int(600, 1000) * DAY,
    };
    const role = p % 3 === 2 ? "client" : "freelancer";
    addUser(rng, person, role);
    if (role === "freelancer") addFreelancer(rng, person);
    else {
      // Most clients hire for an organisation; some for a small business of their own.
      const kind: OrganisationKind = rng.chance(0.85)
        ? rng.weighted(companyKindWeights)
        : "individual";
      const niche = rng.pick(organisations[kind].niches);
      const companyName =
        kind === "individual" ? null : `${rng.pick(companyStems)} ${rng.pick(niche.suffixes)}`;
      const organisation = { kind, niche, city: cityOf(person) };
      addClient(rng, person, organisation, companyName, rng.chance(0.85));
    }
  }
  return { pool, rows };
}
