import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "~/server/crypto/password";
import type { Database } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import { slugify } from "~/server/demo-data/catalogue";
import { organisations } from "~/server/demo-data/organisations";
import { templateFits } from "~/server/demo-data/project-brief";
import {
  DEMO_PASSWORD,
  seedDemoData,
  seedDemoDataIfEmpty,
  seededBriefs,
} from "~/server/demo-data/seed-demo-data";
import { webLink } from "~/shared/schemas/profile";
import { actorOf, callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";

const NOW = new Date(Date.UTC(2026, 10, 21));
const now = NOW.getTime();
let db: Database;
let seeded: Awaited<ReturnType<typeof seedDemoData>>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  seeded = await seedDemoData(db, { now: NOW });
});

const rows = <T = Record<string, unknown>>(query: string) => db.all<T>(sql.raw(query));
const countOf = async (query: string) =>
  (await rows<{ n: number }>(`select count(*) as n from (${query})`))[0]?.n ?? 0;
const byStatus = async (table: string, where = "1") =>
  Object.fromEntries(
    (
      await rows<{ status: string; n: number }>(
        `select status, count(*) as n from ${table} where ${where} group by status`,
      )
    ).map((row) => [row.status, row.n]),
  );
const userId = async (email: string) =>
  (await rows<{ id: string }>(`select id from users where email = '${email}'`))[0]!.id;

/** Each query finds the rows that break one rule the app relies on: there must be none. */
const rules: Record<string, string> = {
  "only clients own projects": `select p.id from projects p join users u on u.id = p.client_id where u.role != 'client'`,
  "only freelancers propose": `select x.id from proposals x join users u on u.id = x.freelancer_id where u.role != 'freelancer'`,
  "no proposal on a draft": `select x.id from proposals x join projects p on p.id = x.project_id where p.status = 'draft'`,
  "bids in the project's currency": `select x.id from proposals x join projects p on p.id = x.project_id where x.currency != p.currency`,
  "open projects have undecided, rejected or withdrawn proposals": `select x.id from proposals x join projects p on p.id = x.project_id
     where p.status = 'open' and x.status not in ('submitted', 'shortlisted', 'rejected', 'withdrawn')`,
  "in_progress: one active contract and one accepted proposal": `select p.id from projects p where p.status = 'in_progress' and (
     (select count(*) from contracts c where c.project_id = p.id and c.status = 'active') != 1 or
     (select count(*) from proposals x where x.project_id = p.id and x.status = 'accepted') != 1)`,
  "completed: a completed or ended contract": `select p.id from projects p where p.status = 'completed' and not exists
     (select 1 from contracts c where c.project_id = p.id and c.status in ('completed', 'ended'))`,
  "contracts only on hired projects": `select c.id from contracts c join projects p on p.id = c.project_id where p.status not in ('in_progress', 'completed')`,
  "hired projects decided every other proposal": `select x.id from proposals x join projects p on p.id = x.project_id
     where p.status in ('in_progress', 'completed', 'cancelled') and x.status in ('submitted', 'shortlisted')`,
  "a contract is its accepted proposal": `select c.id from contracts c join proposals x on x.id = c.proposal_id join projects p on p.id = c.project_id
     where x.status != 'accepted' or c.amount_minor != x.bid_minor or c.freelancer_id != x.freelancer_id
        or c.client_id != p.client_id or c.currency != x.currency`,
  "milestones add up to no more than the contract": `select c.id from contracts c
     where (select sum(amount_minor) from milestones m where m.contract_id = c.id) > c.amount_minor`,
  "completed contracts approved every milestone": `select m.id from milestones m join contracts c on c.id = m.contract_id where c.status = 'completed' and m.status != 'approved'`,
  "active contracts have work left": `select c.id from contracts c where c.status = 'active'
     and exists (select 1 from milestones m where m.contract_id = c.id)
     and not exists (select 1 from milestones m where m.contract_id = c.id and m.status != 'approved')`,
  "handed-in milestones have a note": `select id from milestones where status not in ('pending', 'funded') and (submission_note is null or submitted_at is null)`,
  "every balance is the sum of its ledger entries": `select a.id from ledger_accounts a
     where a.balance_minor != (select coalesce(sum(e.amount_minor), 0) from ledger_entries e where e.account_id = a.id)`,
  "every ledger transaction balances, and every currency sums to zero": `select transaction_id from ledger_entries group by transaction_id having sum(amount_minor) != 0
     union all select currency from ledger_entries group by currency having sum(amount_minor) != 0`,
  "funded work is held in escrow, approved work released": `select m.id from milestones m
     where (select coalesce(sum(e.amount_minor), 0) from ledger_transactions t join ledger_entries e on e.transaction_id = t.id
            join ledger_accounts a on a.id = e.account_id where t.milestone_id = m.id and a.kind = 'escrow')
        != case when m.status in ('funded', 'submitted', 'changes_requested') then m.amount_minor else 0 end
        or (m.status = 'approved') != exists (select 1 from ledger_transactions t where t.idempotency_key = 'release:milestone:' || m.id)`,
  "receipts numbered 1 to the last, one per payment": `select 'gap' where (select count(*) from invoices) != coalesce((select max(number) from invoices), 0)
     union all select p.id from payments p where p.status = 'succeeded' and not exists (select 1 from invoices i where i.payment_id = p.id and i.kind = 'receipt')`,
  "sent-back milestones say why": `select id from milestones where status = 'changes_requested' and changes_reason is null`,
  "approved milestones have a date": `select id from milestones where (status = 'approved') != (approved_at is not null)`,
  "reviews only on finished contracts": `select r.id from reviews r join contracts c on c.id = r.contract_id where c.status = 'active'`,
  "reviews are between the contract's parties": `select r.id from reviews r join contracts c on c.id = r.contract_id
     where not ((r.reviewer_id = c.client_id and r.reviewee_id = c.freelancer_id) or (r.reviewer_id = c.freelancer_id and r.reviewee_id = c.client_id))`,
  "published after created": `select id from projects where published_at < created_at`,
  "proposals after publishing": `select x.id from proposals x join projects p on p.id = x.project_id where x.created_at < p.published_at or x.updated_at < x.created_at`,
  "people joined before they acted": `select p.id from projects p join users u on u.id = p.client_id where u.created_at > p.created_at
     union all select x.id from proposals x join users u on u.id = x.freelancer_id where u.created_at > x.created_at`,
  "hired after the proposal": `select c.id from contracts c join proposals x on x.id = c.proposal_id where c.created_at <= x.created_at`,
  "finished after starting": `select id from contracts where (status = 'active') != (completed_at is null) or completed_at <= created_at`,
  "milestone work within the contract": `select m.id from milestones m join contracts c on c.id = m.contract_id
     where m.created_at < c.created_at or m.submitted_at > coalesce(c.completed_at, ${now}) or m.approved_at < m.submitted_at`,
  "the last approval completes the contract": `select c.id from contracts c where c.status = 'completed'
     and (select max(approved_at) from milestones m where m.contract_id = c.id) != c.completed_at`,
  "reviewed after finishing, replied after reviewing": `select r.id from reviews r join contracts c on c.id = r.contract_id
     where r.created_at <= c.completed_at or r.replied_at <= r.created_at or (r.reply is null) != (r.replied_at is null)`,
  "contracts are of their project's budget type": `select c.id from contracts c join projects p on p.id = c.project_id where c.kind != p.budget_type`,
  "hourly contracts have a rate and a limit, fixed ones neither": `select id from contracts
     where (kind = 'hourly') != (hourly_rate_minor is not null and weekly_limit_minutes is not null)
        or (kind = 'fixed' and (hourly_rate_minor is not null or weekly_limit_minutes is not null))`,
  "hourly contracts have no milestones": `select m.id from milestones m join contracts c on c.id = m.contract_id where c.kind = 'hourly'`,
  "hourly contracts complete when ended, never end early": `select id from contracts where kind = 'hourly' and status = 'ended'`,
  "timesheets only on hourly contracts, at their rate and limit": `select w.id from timesheet_weeks w join contracts c on c.id = w.contract_id
     where c.kind != 'hourly' or w.rate_minor != c.hourly_rate_minor or w.limit_minutes != c.weekly_limit_minutes`,
  "week totals within the limit": `select w.id from timesheet_weeks w
     where (select sum(e.minutes) from time_entries e where e.week_id = w.id) > w.limit_minutes`,
  "no week without time": `select w.id from timesheet_weeks w where not exists (select 1 from time_entries e where e.week_id = w.id)`,
  "entries inside their week, on its contract": `select e.id from time_entries e join timesheet_weeks w on w.id = e.week_id
     where e.contract_id != w.contract_id or e.work_date < w.week_start or e.work_date >= w.week_start + 604800000`,
  "a day holds at most 24 hours": `select contract_id from time_entries group by contract_id, work_date having sum(minutes) > 1440`,
  "time worked and logged while the contract ran": `select e.id from time_entries e join contracts c on c.id = e.contract_id
     where e.work_date < c.created_at - c.created_at % 86400000 or e.created_at < e.work_date
        or e.created_at < c.created_at or e.created_at > coalesce(c.completed_at, ${now}) or e.updated_at < e.created_at`,
  "open weeks only on active contracts": `select w.id from timesheet_weeks w join contracts c on c.id = w.contract_id where w.status = 'open' and c.status != 'active'`,
  "weeks go to the client after their time and are answered after that": `select w.id from timesheet_weeks w
     where w.submitted_at < (select max(e.created_at) from time_entries e where e.week_id = w.id)
        or w.approved_at < w.submitted_at or (w.status = 'disputed' and w.disputed_at < w.submitted_at)
        or w.review_ends_at < w.week_start + 12 * 86400000`,
  "disputes name disputed time": `select w.id from timesheet_weeks w where (w.disputed_at is not null) !=
     exists (select 1 from time_entries e where e.week_id = w.id and e.disputed)`,
  "notifications are about their reader's own projects and contracts": `select n.id from notifications n
     where not exists (select 1 from projects p where n.href in ('/projects/' || p.id, '/my/projects/' || p.id)
                         and (p.client_id = n.user_id or exists (select 1 from proposals x where x.project_id = p.id and x.freelancer_id = n.user_id)))
       and not exists (select 1 from contracts c where n.href = '/contracts/' || c.id and n.user_id in (c.client_id, c.freelancer_id))`,
  "notifications are read after they are written, and none is from the future": `select id from notifications
     where read_at < created_at or created_at > ${now}`,
  "one conversation per proposal, between its two parties": `select x.id from proposals x join projects p on p.id = x.project_id
     where (select count(*) from conversations c where c.project_id = p.id and c.freelancer_id = x.freelancer_id and c.client_id = p.client_id) != 1`,
  "a hired conversation carries its contract": `select c.id from contracts c where not exists
     (select 1 from conversations v where v.contract_id = c.id and v.freelancer_id = c.freelancer_id)`,
  "messages numbered 1 to the last, by members or the system": `select v.id from conversations v
     where v.last_seq != (select count(*) from messages m where m.conversation_id = v.id)
        or v.last_seq != (select max(seq) from messages m where m.conversation_id = v.id)
        or exists (select 1 from messages m where m.conversation_id = v.id and m.sender_id is not null and m.sender_id not in (v.client_id, v.freelancer_id))
        or v.last_message_at != (select max(created_at) from messages m where m.conversation_id = v.id)`,
  "members read within their conversation": `select cm.conversation_id from conversation_members cm join conversations v on v.id = cm.conversation_id
     where cm.last_read_seq > v.last_seq or cm.user_id not in (v.client_id, v.freelancer_id)`,
  "nothing but deadlines and due dates in the future": `
     select id from projects where max(created_at, updated_at, coalesce(published_at, 0)) > ${now}
     union all select id from proposals where updated_at > ${now}
     union all select id from contracts where max(created_at, coalesce(completed_at, 0)) > ${now}
     union all select id from milestones where max(updated_at, coalesce(submitted_at, 0), coalesce(approved_at, 0)) > ${now}
     union all select id from reviews where max(created_at, coalesce(replied_at, 0)) > ${now}
     union all select id from timesheet_weeks where max(created_at, updated_at, coalesce(submitted_at, 0),
       coalesce(approved_at, 0), coalesce(disputed_at, 0)) > ${now}
     union all select id from time_entries where max(work_date, created_at, updated_at) > ${now}
     union all select id from messages where created_at > ${now}`,
};

describe("demo seed", () => {
  it("builds a marketplace of the size the issue asks for", async () => {
    expect(seeded).toMatchObject({ projects: 2000 });
    expect(seeded.skills).toBeGreaterThanOrEqual(45);
    expect(await db.$count(projects)).toBe(2000);
    expect(await db.$count(users, eq(users.role, "admin"))).toBe(1);
    expect(
      await countOf(`select u.id from users u join freelancer_profiles f on f.user_id = u.id`),
    ).toBeGreaterThanOrEqual(200);
    expect(await countOf(`select id from users where role = 'freelancer'`)).toBe(
      await countOf(`select user_id from freelancer_profiles`),
    );
    const clients = await countOf(`select id from users where role = 'client'`);
    expect(clients).toBeGreaterThanOrEqual(100);
    expect(await countOf(`select user_id from client_profiles`)).toBeGreaterThan(clients * 0.7);
    expect(await countOf(`select id from proposals`)).toBeGreaterThanOrEqual(5000);
    expect(await countOf(`select id from reviews`)).toBeGreaterThan(200);
    expect(await countOf(`select id from reviews where reply is not null`)).toBeGreaterThan(20);

    const projectStatuses = await byStatus("projects");
    expect(projectStatuses.open).toBeGreaterThan(800);
    for (const status of ["draft", "in_progress", "completed", "cancelled"])
      expect(projectStatuses[status], status).toBeGreaterThan(50);
    for (const [table, statuses] of [
      ["proposals", ["submitted", "shortlisted", "rejected", "withdrawn", "accepted", "declined"]],
      ["contracts", ["active", "completed", "ended"]],
      ["milestones", ["pending", "submitted", "changes_requested", "approved"]],
    ] as const) {
      const counts = await byStatus(table);
      for (const status of statuses)
        expect(counts[status], `${table} ${status}`).toBeGreaterThan(10);
    }

    const weeks = await byStatus("timesheet_weeks");
    for (const status of ["open", "submitted", "approved", "disputed"])
      expect(weeks[status], `timesheet weeks ${status}`).toBeGreaterThan(10);
    // Submitted and unanswered past the review period: they count as approved.
    expect(
      await countOf(
        `select id from timesheet_weeks where status = 'submitted' and review_ends_at < ${now}`,
      ),
    ).toBeGreaterThan(10);
    expect(await countOf(`select id from contracts where kind = 'hourly'`)).toBeGreaterThan(50);

    const all = await db.select().from(projects);
    expect(new Set(all.map((p) => p.title)).size).toBeGreaterThan(all.length / 2);
    expect(new Set(all.map((p) => p.currency))).toEqual(new Set(["USD", "EUR", "GBP"]));
    for (const row of all) {
      expect(Number.isInteger(row.budgetMinMinor)).toBe(true);
      expect(row.budgetMaxMinor).toBeGreaterThanOrEqual(row.budgetMinMinor);
    }
  });

  it.each(Object.entries(rules))("keeps the rule: %s", async (_, query) => {
    expect(await rows(query)).toEqual([]);
  });

  it("gives people realistic names, unique emails, one shared password and coherent profiles", async () => {
    const people = await rows<{ name: string; email: string; password_hash: string }>(
      `select name, email, password_hash from users`,
    );
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.name.split(" ")[0])).size).toBeGreaterThan(150);
    expect(new Set(people.map((p) => p.password_hash)).size).toBe(1);
    const generated = people.filter((p) => p.email.endsWith("@example.com"));
    expect(generated.length).toBeGreaterThanOrEqual(300);
    for (const { email } of generated)
      expect(email).toMatch(/^[a-z]+(\.[a-z]+)+\.\d+@example\.com$/);

    const skillCounts = await rows<{ n: number }>(
      `select count(*) as n from freelancer_skills group by user_id`,
    );
    expect(Math.min(...skillCounts.map((r) => r.n))).toBeGreaterThanOrEqual(3);
    expect(Math.max(...skillCounts.map((r) => r.n))).toBeLessThanOrEqual(10);
    const profiles = await rows<{ bio: string; availability: string; rate: number }>(
      `select bio, availability, hourly_rate_minor as rate from freelancer_profiles`,
    );
    for (const { bio } of profiles) expect(bio).toMatch(/^- |\*\*|_/m);
    expect(new Set(profiles.map((p) => p.availability)).size).toBe(3);
    expect(new Set(profiles.map((p) => p.rate)).size).toBeGreaterThan(20);
    const portfolio = await rows<{ n: number }>(
      `select count(p.id) as n from freelancer_profiles f left join portfolio_items p on p.user_id = f.user_id group by f.user_id`,
    );
    expect(new Set(portfolio.map((r) => r.n))).toEqual(new Set([0, 1, 2, 3, 4]));
    const links = await rows<{ url: string }>(
      `select url from portfolio_items where url is not null union all select website from client_profiles where website is not null`,
    );
    for (const { url } of links) expect(webLink.safeParse(url).success, url).toBe(true);
    // The search index got every profile's skills: profiles were written before their skills.
    expect(await countOf(`select rowid from freelancers_fts where skills = ''`)).toBe(0);
    expect(
      await countOf(`select rowid from freelancers_fts where freelancers_fts match 'react'`),
    ).toBeGreaterThan(10);
  });

  it("gives the demo client and the demo freelancer something on every page", async () => {
    for (const email of [
      "client@guild.example",
      "freelancer@guild.example",
      "admin@guild.example",
    ]) {
      const [account] = await rows<{ verified: number | null; hash: string }>(
        `select email_verified as verified, password_hash as hash from users where email = '${email}'`,
      );
      expect(account?.verified, email).toBeGreaterThan(0);
      expect(await verifyPassword(account?.hash, DEMO_PASSWORD)).toBe(true);
    }

    const client = await userId("client@guild.example");
    expect(Object.keys(await byStatus("projects", `client_id = '${client}'`)).sort()).toEqual([
      "cancelled",
      "completed",
      "draft",
      "in_progress",
      "open",
    ]);
    expect(
      await countOf(`select p.id from projects p where p.client_id = '${client}' and p.status = 'open'
        and (select count(*) from proposals x where x.project_id = p.id and x.status in ('submitted', 'shortlisted')) >= 3`),
    ).toBeGreaterThanOrEqual(2);
    const dueAhead = (party: string, id: string) =>
      countOf(`select m.id from milestones m join contracts c on c.id = m.contract_id
        where c.${party}_id = '${id}' and c.status = 'active' and m.status != 'approved' and m.due_date > ${now}`);
    expect(await dueAhead("client", client)).toBeGreaterThan(0);
    expect(
      await countOf(`select id from contracts where client_id = '${client}' and status = 'ended'`),
    ).toBeGreaterThan(0);

    const freelancer = await userId("freelancer@guild.example");
    expect(
      await countOf(`select user_id from freelancer_profiles where user_id = '${freelancer}'`),
    ).toBe(1);
    expect(
      Object.keys(await byStatus("proposals", `freelancer_id = '${freelancer}'`)).sort(),
    ).toEqual(["accepted", "declined", "rejected", "shortlisted", "submitted", "withdrawn"]);
    expect(await dueAhead("freelancer", freelancer)).toBeGreaterThan(0);
    const reviewedBothWays = await countOf(`select c.id from contracts c
      where c.freelancer_id = '${freelancer}' and c.status = 'completed'
        and exists (select 1 from reviews r where r.contract_id = c.id and r.reviewer_id = c.client_id)
        and exists (select 1 from reviews r where r.contract_id = c.id and r.reviewer_id = c.freelancer_id)`);
    expect(reviewedBothWays).toBeGreaterThan(0);

    // They share active hourly contracts whose weeks are in every state a week can be in.
    const thisMonday = now - ((now - 4 * 86_400_000) % (7 * 86_400_000));
    const sharedWeeks = (state: string) =>
      countOf(`select w.id from timesheet_weeks w join contracts c on c.id = w.contract_id
        where c.client_id = '${client}' and c.freelancer_id = '${freelancer}' and c.kind = 'hourly'
          and c.status = 'active' and ${state}`);
    for (const [name, state] of Object.entries({
      "open this week, with time": `w.status = 'open' and w.week_start = ${thisMonday}`,
      "waiting for review": `w.status = 'submitted' and w.review_ends_at >= ${now}`,
      approved: `w.status = 'approved'`,
      disputed: `w.status = 'disputed'`,
      "counted as approved": `w.status = 'submitted' and w.review_ends_at < ${now}`,
      "amended after a dispute and approved": `w.status = 'approved' and w.disputed_at is not null`,
    }))
      expect(await sharedWeeks(state), name).toBeGreaterThan(0);
  });

  it("fills the demo accounts' bells with the last month's events, the last few days unread", async () => {
    for (const email of ["client@guild.example", "freelancer@guild.example"]) {
      const id = await userId(email);
      const [bell] = await rows<{ total: number; unread: number; oldest: number }>(
        `select count(*) as total, sum(read_at is null) as unread, min(created_at) as oldest
           from notifications where user_id = '${id}'`,
      );
      expect(bell!.unread, email).toBeGreaterThan(0);
      expect(bell!.total, email).toBeGreaterThan(bell!.unread);
      expect(bell!.oldest, email).toBeGreaterThanOrEqual(now - 30 * 86_400_000);
      expect(
        await countOf(`select id from notifications where user_id = '${id}' and read_at is null
          and created_at < ${now - 3 * 86_400_000}`),
      ).toBe(0);
    }
    const kinds = await rows<{ kind: string }>(
      `select distinct kind from notifications order by kind`,
    );
    expect(kinds.map((row) => row.kind)).toEqual([
      "milestone.approved",
      "milestone.submitted",
      "proposal.declined",
      "proposal.hired",
      "proposal.received",
      "proposal.shortlisted",
      "review.received",
    ]);
    expect(seeded.notifications).toBe(await countOf(`select id from notifications`));
  });

  it("gives the demo accounts conversations to read, some with unread messages", async () => {
    for (const email of ["client@guild.example", "freelancer@guild.example"]) {
      const id = await userId(email);
      const [talk] = await rows<{ conversations: number; texts: number; unread: number }>(
        `select count(distinct cm.conversation_id) as conversations,
                sum(m.kind = 'text') as texts,
                sum(m.kind = 'text' and m.seq > cm.last_read_seq and m.sender_id != '${id}') as unread
           from conversation_members cm join messages m on m.conversation_id = cm.conversation_id
          where cm.user_id = '${id}'`,
      );
      expect(talk!.conversations, email).toBeGreaterThan(3);
      expect(talk!.texts, email).toBeGreaterThan(3);
      expect(talk!.unread, email).toBeGreaterThan(0);
    }
    expect(seeded.messages).toBe(await countOf(`select id from messages`));
  });

  it("writes every project from a brief its client's kind of organisation would post", async () => {
    const briefs = seededBriefs(2000);
    const projectRows = await rows<{
      id: string;
      title: string;
      client_id: string;
      skills: string;
    }>(
      `select p.id, p.title, p.client_id, (select group_concat(s.slug) from project_skills t
         join skills s on s.id = t.skill_id where t.project_id = p.id) as skills from projects p`,
    );
    const about = new Map(
      (
        await rows<{ user_id: string; about: string }>(`select user_id, about from client_profiles`)
      ).map((r) => [r.user_id, r.about]),
    );
    for (const project of projectRows) {
      const brief = briefs.get(project.id);
      expect(brief, project.title).toBeDefined();
      const { template, organisation } = brief!;
      // The brief is the project as stored: its title, client and skills.
      expect(project.title).toBe(brief!.title);
      expect(project.client_id).toBe(brief!.clientId);
      expect(new Set(project.skills.split(","))).toEqual(new Set(template.skills.map(slugify)));
      // The organisation hires for this kind of work, and this template suits it.
      expect(organisations[organisation.kind].categories, template.key).toContain(
        template.category,
      );
      expect(
        templateFits(template, organisation.kind),
        `${template.key} by ${organisation.kind}`,
      ).toBe(true);
      // Its public profile says what it is.
      expect(about.get(project.client_id) ?? organisation.niche.what).toContain(
        organisation.niche.what,
      );
    }
    const used = new Set([...briefs.values()].map((b) => b.template.key));
    expect(used.size).toBeGreaterThanOrEqual(90);
    expect(new Set([...briefs.values()].map((b) => b.organisation.kind)).size).toBe(
      Object.keys(organisations).length,
    );
  });

  it("recommends six different kinds of work to every freelancer", async () => {
    const briefs = seededBriefs(2000);
    const freelancers = await db
      .select()
      .from(users)
      .where(sql`${users.id} in (select user_id from freelancer_profiles)`);
    expect(freelancers.length).toBeGreaterThanOrEqual(200);
    for (const freelancer of freelancers) {
      const { projects: recommended } = await callerFor(
        db,
        actorOf(freelancer),
      ).dashboard.recommendations();
      const templates = recommended.map((p) => briefs.get(p.id)?.template.key);
      expect(templates, freelancer.email).toHaveLength(6);
      expect(new Set(templates).size, `${freelancer.email}: ${templates.join(", ")}`).toBe(6);
    }
  }, 120_000);

  it("writes reviews, replies and cover letters that rarely repeat and match their stars", async () => {
    const distinct = async (column: string, table: string) =>
      (
        await rows<{ distinct: number; all: number }>(
          `select count(distinct ${column}) as "distinct", count(${column}) as "all" from ${table}`,
        )
      )[0]!;
    const comments = await distinct("comment", "reviews");
    expect(comments.distinct).toBeGreaterThanOrEqual(comments.all * 0.9);
    const replies = await distinct("reply", "reviews");
    expect(replies.all).toBeGreaterThan(20);
    expect(replies.distinct).toBeGreaterThanOrEqual(replies.all * 0.6);
    const letters = await distinct("cover_letter", "proposals");
    expect(letters.distinct).toBeGreaterThanOrEqual(letters.all * 0.95);

    const glowing = /excellent|a real pleasure|outstanding|wonderful|highly recommended/i;
    const grumbling = /disappointing|didn't work out|won't be working|difficult|proceed with care/i;
    const reviews = await rows<{ overall: number; comment: string; reply: string | null }>(
      `select overall, comment, reply from reviews`,
    );
    for (const { overall, comment } of reviews) {
      if (overall <= 2) expect(comment).not.toMatch(glowing);
      if (overall >= 4) expect(comment).not.toMatch(grumbling);
    }
    for (const { overall, reply } of reviews.filter((r) => r.reply !== null)) {
      if (overall <= 2) expect(reply).not.toMatch(/thank you so much|kind words/i);
      if (overall >= 4) expect(reply).not.toMatch(/sorry/i);
    }
  });

  it("adds nothing when run again, and builds the same first projects whatever the total", async () => {
    const tables = [
      "users",
      "freelancer_profiles",
      "freelancer_skills",
      "portfolio_items",
      "client_profiles",
      "projects",
      "project_skills",
      "proposals",
      "contracts",
      "milestones",
      "timesheet_weeks",
      "time_entries",
      "reviews",
    ];
    const counts = async (target: Database) =>
      Object.fromEntries(
        await Promise.all(
          tables.map(async (t) => [
            t,
            (await target.all<{ n: number }>(sql.raw(`select count(*) as n from ${t}`)))[0]?.n,
          ]),
        ),
      );
    const before = await counts(db);
    await seedDemoData(db, { now: NOW });
    expect(await counts(db)).toEqual(before);

    const { db: small } = await createTestDatabase();
    await seedDemoData(small, { projects: 60, now: NOW });
    const snapshot = (target: Database) =>
      target.all(
        sql.raw(`select x.*, p.title, p.status as project_status from proposals x
        join projects p on p.id = x.project_id order by x.id`),
      );
    const smallProposals = await snapshot(small);
    const ids = new Set((smallProposals as { id: string }[]).map((p) => p.id));
    expect(ids.size).toBeGreaterThan(100);
    expect((await snapshot(db)).filter((p) => ids.has((p as { id: string }).id))).toEqual(
      smallProposals,
    );
  });

  it("seeds only an empty database", async () => {
    const { db: fresh } = await createTestDatabase();
    await fresh
      .insert(users)
      .values({ name: "Real Person", email: "real@example.test", role: "client" });
    expect(await seedDemoDataIfEmpty(fresh)).toBeNull();
    expect(await fresh.$count(projects)).toBe(0);
  });
});
