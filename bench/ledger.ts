import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";

import { openDatabase, type Database } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { contracts } from "~/server/db/schema/contracts";
import { ledgerEntries } from "~/server/db/schema/money";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import { accountFor, balanceOf, postTransaction } from "~/server/domain/money/ledger";
import { platformFee } from "~/shared/money/currencies";
import { measure } from "./measure";

const RELEASES = 2_000;
const LEDGER_TRANSACTIONS = 100_000;
const PEOPLE = 1_000;

function rate(label: string, count: number, ms: number) {
  const perSecond = (count / ms) * 1000;
  console.log(
    `  ${label.padEnd(56)} ${perSecond.toFixed(0).padStart(6)} /s  (${count} in ${ms.toFixed(0)} ms)`,
  );
  return perSecond;
}

/** A client, a freelancer and an active contract between them, written directly. */
async function contractFor(db: Database) {
  const [client, freelancer] = await db
    .insert(users)
    .values([
      { name: "Bench client", email: "client@bench.test", role: "client" },
      { name: "Bench freelancer", email: "freelancer@bench.test", role: "freelancer" },
    ])
    .returning();
  const [project] = await db
    .insert(projects)
    .values({
      clientId: client!.id,
      title: "Ledger bench",
      description: "A project whose escrow the ledger bench releases from.",
      status: "in_progress",
      budgetType: "fixed",
      budgetMinMinor: 100_000,
      budgetMaxMinor: 300_000,
      currency: "USD",
      experienceLevel: "intermediate",
      duration: "1_to_3_months",
      publishedAt: new Date(),
    })
    .returning();
  const [proposal] = await db
    .insert(proposals)
    .values({
      projectId: project!.id,
      freelancerId: freelancer!.id,
      coverLetter: "Bench proposal.",
      bidMinor: 200_000,
      currency: "USD",
      estimatedDuration: "1_to_3_months",
      status: "accepted",
    })
    .returning();
  const [contract] = await db
    .insert(contracts)
    .values({
      projectId: project!.id,
      proposalId: proposal!.id,
      clientId: client!.id,
      freelancerId: freelancer!.id,
      amountMinor: 200_000,
      currency: "USD",
    })
    .returning();
  return { contractId: contract!.id, freelancerId: freelancer!.id };
}

/** Releases through `postTransaction`, one write transaction each, one after another. */
async function releases(db: Database, contractId: string, freelancerId: string) {
  await db.transaction((tx) =>
    postTransaction(tx, {
      idempotencyKey: "bench:fund",
      kind: "charge",
      currency: "USD",
      memo: "Funded for the bench",
      contractId,
      postings: [
        { account: { kind: "provider_clearing" }, amountMinor: -1_000_000_000 },
        { account: { kind: "escrow", contractId }, amountMinor: 1_000_000_000 },
      ],
    }),
  );
  const started = performance.now();
  for (let i = 0; i < RELEASES; i++) {
    const gross = 10_000 + i;
    const fee = platformFee(gross, 1000);
    await db.transaction((tx) =>
      postTransaction(tx, {
        idempotencyKey: `bench:release:${i}`,
        kind: "release",
        currency: "USD",
        memo: "Released for the bench",
        contractId,
        feeBps: 1000,
        postings: [
          { account: { kind: "escrow", contractId }, amountMinor: -gross },
          { account: { kind: "available", userId: freelancerId }, amountMinor: gross - fee },
          { account: { kind: "platform_fees" }, amountMinor: fee },
        ],
      }),
    );
  }
  return performance.now() - started;
}

/** The same rows bare: 3 inserts per write transaction into a plain table. */
async function rawInserts(db: Database) {
  await db.run(
    sql`create table bench_rows (id text primary key, account text not null, amount integer not null)`,
  );
  const started = performance.now();
  for (let i = 0; i < RELEASES; i++) {
    await db.transaction(async (tx) => {
      for (const [leg, amount] of [-10_000, 9_000, 1_000].entries())
        await tx.run(
          sql`insert into bench_rows (id, account, amount) values (${`${i}:${leg}`}, ${`account-${leg}`}, ${amount})`,
        );
    });
  }
  return performance.now() - started;
}

/**
 * Balanced transactions of 3 entries, up to 100,000 in the ledger, (charged to the card, the freelancer's share, the
 * fee), spread over 1,000 freelancers, written in bulk by SQL; stored balances set from them.
 */
async function fillLedger(db: Database) {
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `bench-person-${i}`,
    name: `Freelancer ${i}`,
    email: `freelancer-${i}@bench.test`,
    role: "freelancer" as const,
  }));
  for (let i = 0; i < people.length; i += 200)
    await db.insert(users).values(people.slice(i, i + 200));
  const accountIds: string[] = [];
  for (const person of people)
    accountIds.push(await accountFor(db, { kind: "available", userId: person.id }, "USD"));
  const clearing = await accountFor(db, { kind: "provider_clearing" }, "USD");
  const fees = await accountFor(db, { kind: "platform_fees" }, "USD");
  await db.run(sql`create temp table bench_people (n integer primary key, account_id text)`);
  for (let i = 0; i < accountIds.length; i += 200)
    await db.run(
      sql`insert into bench_people (n, account_id) values ${sql.join(
        accountIds.slice(i, i + 200).map((id, j) => sql`(${i + j}, ${id})`),
        sql`, `,
      )}`,
    );
  const [{ base, posted } = { base: 0, posted: 0 }] = await db.all<{
    base: number;
    posted: number;
  }>(
    sql`select (select coalesce(max(seq), 0) from ledger_entries) as base,
      (select count(*) from ledger_transactions) as posted`,
  );
  // Up to 100,000 in all, with the releases already posted.
  const bulk = LEDGER_TRANSACTIONS - posted;
  const now = Date.now();
  await db.run(sql`
    insert into ledger_transactions (id, idempotency_key, kind, memo, fee_bps, created_at)
    with recursive n(i) as (select 0 union all select i + 1 from n where i < ${bulk - 1})
    select 'bench-tx-' || i, 'bench:bulk:' || i, 'release', 'Bench', 1000, ${now} from n`);
  await db.run(sql`
    insert into ledger_entries (id, seq, transaction_id, account_id, amount_minor, currency, created_at)
    with recursive n(i) as (select 0 union all select i + 1 from n where i < ${bulk - 1})
    select 'bench-e-' || i || '-' || leg.k, ${base} + i * 3 + leg.k, 'bench-tx-' || i,
      case leg.k when 0 then ${clearing} when 1 then p.account_id else ${fees} end,
      case leg.k when 0 then -(10000 + i % 977) when 1 then 9000 + i % 977 else 1000 end,
      'USD', ${now}
    from n join bench_people p on p.n = n.i % ${PEOPLE}
    cross join (select 1 as k union all select 2 union all select 3) leg`);
  await db.run(sql`
    update ledger_accounts set balance_minor =
      (select coalesce(sum(amount_minor), 0) from ledger_entries e where e.account_id = ledger_accounts.id)`);
  return { person: people[0]!.id, personAccount: accountIds[0]!, fees };
}

const recompute = (db: Database, accountId: string) =>
  db
    .select({ total: sql<number>`coalesce(sum(${ledgerEntries.amountMinor}), 0)` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.accountId, accountId)));

/**
 * `npm run bench` (ledger): balanced releases posted per second through `postTransaction`, one
 * write transaction each, against bare inserts of the same 3 rows per transaction into a plain
 * table on the same database; then reading a balance with 100,000 transactions in the ledger:
 * the stored balance, and a recompute from the account's entries through
 * `ledger_entries_account_idx`, for a freelancer (100 entries) and the platform's fee account
 * (an entry in every transaction).
 */
export async function benchLedger() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-ledger-"));
  const db = await openDatabase({ url: `file:${path.join(dir, "bench.db")}` });
  try {
    await applyMigrations(db, "drizzle");
    const { contractId, freelancerId } = await contractFor(db);
    console.log(`ledger: ${RELEASES} releases of 3 entries, one write transaction each`);
    const baseline = rate(
      "baseline: 3 bare inserts per transaction",
      RELEASES,
      await rawInserts(db),
    );
    const ours = rate(
      "postTransaction: a release (escrow → freelancer + fee)",
      RELEASES,
      await releases(db, contractId, freelancerId),
    );
    console.log(`  ratio ours / baseline: ${(ours / baseline).toFixed(2)}`);

    const filled = performance.now();
    const { person, personAccount, fees } = await fillLedger(db);
    const [{ count } = { count: 0 }] = await db.all<{ count: number }>(
      sql`select count(*) as count from ledger_transactions`,
    );
    console.log(
      `ledger balances: ${count} transactions in the ledger (filled in ${(performance.now() - filled).toFixed(0)} ms)`,
    );
    const plan = await db.all<{ detail: string }>(
      sql`explain query plan select sum(amount_minor) from ledger_entries where account_id = ${personAccount}`,
    );
    console.log(`  recompute plan: ${plan.map((row) => row.detail).join("; ")}`);
    if (!plan.some((row) => row.detail.includes("ledger_entries_account_idx")))
      throw new Error("The balance recompute does not use ledger_entries_account_idx");
    const stored = await balanceOf(db, { kind: "available", userId: person }, "USD");
    const [summed] = await recompute(db, personAccount);
    if (stored !== summed!.total)
      throw new Error(`Stored ${stored} and recomputed ${summed!.total} balances differ`);

    await measure("a freelancer: stored balance", () =>
      balanceOf(db, { kind: "available", userId: person }, "USD"),
    );
    const personRecompute = await measure("a freelancer: recompute (100 entries)", () =>
      recompute(db, personAccount),
    );
    await measure("platform fees: stored balance", () =>
      balanceOf(db, { kind: "platform_fees" }, "USD"),
    );
    const feesRecompute = await measure(
      `platform fees: recompute (${count} entries)`,
      () => recompute(db, fees),
      30,
    );
    console.log(
      `  ratio recompute fees / freelancer (median): ${(feesRecompute.median / personRecompute.median).toFixed(1)}`,
    );
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
