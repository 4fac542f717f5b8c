import { count, eq, sql } from "drizzle-orm";

import { hashPassword } from "~/server/crypto/password";
import type { Database, Transaction } from "~/server/db/client";
import {
  invoices,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransactions,
  paymentMethods,
  payments,
} from "~/server/db/schema/money";
import { sandboxSavedMethod } from "~/shared/money/sandbox-cards";
import { PLATFORM_ISSUER } from "~/shared/money/statuses";
import { projects, projectSkills } from "~/server/db/schema/projects";
import {
  clientProfiles,
  freelancerProfiles,
  freelancerSkills,
  portfolioItems,
} from "~/server/db/schema/profiles";
import { contracts, milestones, reviews } from "~/server/db/schema/contracts";
import { notifications } from "~/server/db/schema/notifications";
import { conversationMembers, conversations, messages } from "~/server/db/schema/messages";
import { milestoneEvents } from "~/server/db/schema/milestone-events";
import { proposals } from "~/server/db/schema/proposals";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";
import { insertInBatches } from "./batch-insert";
import { skillCatalogue, slugify } from "./catalogue";
import { demoScenarios } from "./demo-scenarios";
import { milestoneHistoryOf } from "./milestone-history";
import { type ConversationRows, conversationsOf } from "./conversations";
import { type NotificationRow, notificationsOf } from "./notifications";
import { emptyMoneyRows, type MoneyRows, moneyOf } from "./money";
import { buildPeople } from "./people";
import { planBrief, type ProjectBrief } from "./project-brief";
import { planProject, projectIdAt, type ProjectPlan } from "./project-plan";

/**
 * A realistic marketplace for development, demos and benchmarks. Idempotent: every row has a
 * deterministic id or unique key and inserts skip rows that already exist, so running the seed
 * twice changes nothing, and a larger `projects` count extends a smaller seed.
 */

/** The password of every seeded account. Demo data never reaches a real deployment. */
export const DEMO_PASSWORD = "guild-demo-password";
export const DEFAULT_PROJECT_COUNT = 2_000;
/** Projects planned and written per transaction: bounds memory on a 100,000-project seed. */
const PROJECTS_PER_TRANSACTION = 5_000;

export interface SeedOptions {
  projects?: number;
  /** Anchor for relative dates; defaults to now. */
  now?: Date;
}

async function writeProjects(
  db: Database,
  plans: ProjectPlan[],
  notices: NotificationRow[],
  talk: ConversationRows,
  money: MoneyRows,
) {
  await db.transaction(async (tx) => {
    await insertInBatches(
      tx,
      projects,
      plans.map((plan) => plan.project),
    );
    await insertInBatches(
      tx,
      projectSkills,
      plans.flatMap((plan) => plan.tags),
    );
    await insertInBatches(
      tx,
      proposals,
      plans.flatMap((plan) => plan.proposals),
    );
    await insertInBatches(
      tx,
      contracts,
      plans.flatMap((plan) => plan.contract ?? []),
    );
    await insertInBatches(
      tx,
      milestones,
      plans.flatMap((plan) => plan.milestones),
    );
    await insertInBatches(
      tx,
      timesheetWeeks,
      plans.flatMap((plan) => plan.weeks),
    );
    await insertInBatches(
      tx,
      timeEntries,
      plans.flatMap((plan) => plan.timeEntries),
    );
    await insertInBatches(
      tx,
      milestoneEvents,
      plans.flatMap((plan) => plan.milestones.flatMap(milestoneHistoryOf)),
    );
    await insertInBatches(
      tx,
      reviews,
      plans.flatMap((plan) => plan.reviews),
    );
    await insertInBatches(tx, notifications, notices);
    await insertInBatches(tx, conversations, talk.conversations);
    await insertInBatches(tx, conversationMembers, talk.members);
    await insertInBatches(tx, messages, talk.messages);
    await writeMoney(tx, money);
  });
}

/** The ledger rows of a batch: entries numbered after the ledger's last, receipts after the last receipt. */
async function writeMoney(tx: Transaction, money: MoneyRows) {
  const accounts = [...new Map(money.accounts.map((row) => [row.id, row])).values()];
  await insertInBatches(tx, ledgerAccounts, accounts);
  await insertInBatches(tx, payments, money.payments);
  await insertInBatches(tx, ledgerTransactions, money.transactions);
  const [{ last } = { last: 0 }] = await tx
    .select({ last: sql<number>`coalesce(max(${ledgerEntries.seq}), 0)` })
    .from(ledgerEntries);
  await insertInBatches(
    tx,
    ledgerEntries,
    money.entries.map((entry, n) => ({ ...entry, seq: last + n + 1 })),
  );
  const [{ lastNumber } = { lastNumber: 0 }] = await tx
    .select({ lastNumber: sql<number>`coalesce(max(${invoices.number}), 0)` })
    .from(invoices)
    .where(eq(invoices.issuer, PLATFORM_ISSUER));
  const receipts = [...money.receipts].sort(
    (a, b) => a.issuedAt!.getTime() - b.issuedAt!.getTime(),
  );
  await insertInBatches(
    tx,
    invoices,
    receipts.map((receipt, n) => ({
      ...receipt,
      issuer: PLATFORM_ISSUER,
      number: lastNumber + n + 1,
    })),
  );
  // Gapless numbering goes on from the last receipt the seed wrote; balances are their entries' sums.
  await tx.run(sql`insert into invoice_counters (issuer, last_number)
    select ${PLATFORM_ISSUER}, coalesce(max(number), 0) from invoices where issuer = ${PLATFORM_ISSUER}
    on conflict (issuer) do update set last_number = excluded.last_number`);
  await tx.run(sql`update ledger_accounts set balance_minor =
    (select coalesce(sum(amount_minor), 0) from ledger_entries where account_id = ledger_accounts.id)`);
}

export async function seedDemoData(db: Database, options: SeedOptions = {}) {
  const projectCount = options.projects ?? DEFAULT_PROJECT_COUNT;
  const now = options.now?.getTime() ?? Date.now();

  const skillRows = skillCatalogue.flatMap(({ category, names }) =>
    names.map((name) => ({ slug: slugify(name), name, category })),
  );
  await db.insert(skills).values(skillRows).onConflictDoNothing();
  const skillIdBySlug = new Map(
    (await db.select({ id: skills.id, slug: skills.slug }).from(skills)).map((s) => [s.slug, s.id]),
  );

  // Every seeded account signs in with the same documented password (README): one hash
  // serves all, as hashing costs milliseconds each.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { pool, rows } = buildPeople({ projects: projectCount, now, passwordHash, skillIdBySlug });
  await db.transaction(async (tx) => {
    await insertInBatches(tx, users, rows.users);
    // Profiles before their skills: the search index trigger collects skill names as they arrive.
    await insertInBatches(tx, freelancerProfiles, rows.freelancerProfiles);
    await insertInBatches(tx, freelancerSkills, rows.freelancerSkills);
    await insertInBatches(tx, portfolioItems, rows.portfolioItems);
    await insertInBatches(tx, clientProfiles, rows.clientProfiles);
    // Every demo client has the sandbox's succeeding test card saved for hourly weeks.
    await insertInBatches(
      tx,
      paymentMethods,
      pool.clientIds.map((userId) => ({
        userId,
        provider: "sandbox",
        customerRef: null,
        ...sandboxSavedMethod("4242 4242 4242 4242")!,
      })),
    );
  });

  const seeded = {
    proposals: 0,
    contracts: 0,
    milestones: 0,
    timesheetWeeks: 0,
    timeEntries: 0,
    reviews: 0,
    notifications: 0,
    conversations: 0,
    messages: 0,
  };
  const nameById = new Map(rows.users.map((user) => [user.id!, user.name]));
  const nameOf = (id: string) => nameById.get(id) ?? "Someone";
  const market = { pool, skillIdBySlug, now };
  for (let start = 0; start < projectCount; start += PROJECTS_PER_TRANSACTION) {
    const end = Math.min(projectCount, start + PROJECTS_PER_TRANSACTION);
    const plans = Array.from({ length: end - start }, (_, k) => planProject(start + k, market));
    const notices = plans.flatMap((plan) => notificationsOf(plan, { nameOf, now }));
    const talk: ConversationRows = { conversations: [], members: [], messages: [] };
    for (const plan of plans) {
      const rows = conversationsOf(plan, { nameOf, now });
      talk.conversations.push(...rows.conversations);
      talk.members.push(...rows.members);
      talk.messages.push(...rows.messages);
    }
    const money = emptyMoneyRows();
    for (const plan of plans) moneyOf(plan, { now }, money);
    await writeProjects(db, plans, notices, talk, money);
    seeded.notifications += notices.length;
    seeded.conversations += talk.conversations.length;
    seeded.messages += talk.messages.length;
    for (const plan of plans) {
      seeded.proposals += plan.proposals.length;
      seeded.contracts += plan.contract ? 1 : 0;
      seeded.milestones += plan.milestones.length;
      seeded.timesheetWeeks += plan.weeks.length;
      seeded.timeEntries += plan.timeEntries.length;
      seeded.reviews += plan.reviews.length;
    }
  }

  return {
    skills: skillRows.length,
    users: rows.users.length,
    freelancers: pool.freelancerIds.length,
    clients: pool.clientIds.length,
    projects: projectCount,
    ...seeded,
  };
}

/**
 * The brief behind every project of a seed of `projects` projects, by project id: its template,
 * organisation and words. Not stored (the app has no use for it); tests check the seeded
 * marketplace against it, so it is planned exactly as the seed plans it.
 */
export function seededBriefs(projects = DEFAULT_PROJECT_COUNT): Map<string, ProjectBrief> {
  const { pool } = buildPeople({ projects, now: 0, passwordHash: "", skillIdBySlug: new Map() });
  return new Map(
    Array.from({ length: projects }, (_, index) => [
      projectIdAt(index),
      planBrief(index, pool, demoScenarios[index]),
    ]),
  );
}

/** Seeds only a database that has no users yet: a real deployment is never touched. */
export async function seedDemoDataIfEmpty(db: Database, options?: SeedOptions) {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  return seedDemoData(db, options);
}
