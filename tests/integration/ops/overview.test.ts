import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "~/server/db/client";
import { contracts } from "~/server/db/schema/contracts";
import { ledgerAccounts, ledgerEntries, ledgerTransactions } from "~/server/db/schema/money";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import { withTransaction } from "~/server/domain/context";
import { postTransaction } from "~/server/domain/money/ledger";
import { overviewPeriods } from "~/shared/schemas/ops";
import { at } from "../../helpers/clock";
import { hiredContract } from "../../helpers/marketplace";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { provenAdmin } from "./admin";

/**
 * The overview's numbers against counts made here from the seeded rows themselves: every row's
 * time, put in the bucket whose [start, end) holds it, with no SQL grouping.
 */
let db: Database;
const NOW = new Date("2026-06-17T15:30:00Z");
const DAY = 86_400_000;
let api: Awaited<ReturnType<typeof provenAdmin>>["api"];

afterEach(() => {
  vi.useRealTimers();
});

/** Does `work` with the wall clock (row timestamps) at `when`. */
async function happenedAt<T>(when: Date, work: () => Promise<T>) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(when);
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
}

async function moneyAt(when: Date, contractId: string, freelancerId: string, currency: string) {
  await happenedAt(when, () =>
    withTransaction({ db, actor: null }, async (tx) => {
      const key = crypto.randomUUID();
      const escrow = { kind: "escrow", contractId } as const;
      await postTransaction(tx.db, {
        idempotencyKey: `charge:${key}`,
        kind: "charge",
        currency,
        memo: "test charge",
        postings: [
          { account: { kind: "provider_clearing" }, amountMinor: -10_000 },
          { account: escrow, amountMinor: 10_000 },
        ],
      });
      await postTransaction(tx.db, {
        idempotencyKey: `release:${key}`,
        kind: "release",
        currency,
        memo: "test release",
        postings: [
          { account: escrow, amountMinor: -6_000 },
          { account: { kind: "available", userId: freelancerId }, amountMinor: 5_400 },
          { account: { kind: "platform_fees" }, amountMinor: 600 },
        ],
      });
      await postTransaction(tx.db, {
        idempotencyKey: `refund:${key}`,
        kind: "refund",
        currency,
        memo: "test refund",
        postings: [
          { account: escrow, amountMinor: -1_500 },
          { account: { kind: "provider_clearing" }, amountMinor: 1_500 },
        ],
      });
    }),
  );
}

// Around every edge the periods have: today, 6/7 days, 29/30 days, 89/90, 364/365 and beyond.
const dayStart = Date.UTC(2026, 5, 17);
const moments = [
  new Date(NOW.getTime() - 60_000),
  new Date(dayStart), // today's first instant
  new Date(dayStart - 1), // yesterday's last
  new Date(dayStart - 6 * DAY), // the 7-day period's first instant
  new Date(dayStart - 6 * DAY - 1), // just before it
  new Date(dayStart - 29 * DAY + 5),
  new Date(dayStart - 29 * DAY - 5),
  new Date(dayStart - 89 * DAY + 3_600_000),
  new Date(dayStart - 90 * DAY + 3_600_000),
  new Date(dayStart - 200 * DAY),
  new Date(dayStart - 364 * DAY),
  new Date(dayStart - 365 * DAY + 1),
];

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  ({ api } = await happenedAt(NOW, () => provenAdmin(db)));
  for (const [i, when] of moments.entries()) {
    const { contract, freelancer } = await happenedAt(when, () => hiredContract(db));
    await happenedAt(when, () => createUser(db, "freelancer"));
    if (i % 3 === 0)
      await db.update(contracts).set({ completedAt: when }).where(eq(contracts.id, contract.id));
    await moneyAt(when, contract.id, freelancer.user.id, i % 4 === 0 ? "EUR" : "USD");
  }
});

type Bucket = { start: Date; end: Date };
const tally = (buckets: Bucket[], times: (Date | null)[]) =>
  buckets.map(
    (bucket) => times.filter((time) => time && time >= bucket.start && time < bucket.end).length,
  );

describe("the admin overview", () => {
  for (const period of overviewPeriods) {
    it(`${period}: every count and sum equals one made from the rows`, async () => {
      const overview = await at(NOW, () => api.ops.overview({ period }));
      const { buckets } = overview;
      expect(buckets[0]!.start).toEqual(overview.from);
      expect(buckets.at(-1)!.end).toEqual(new Date(dayStart + DAY));

      const userRows = await db.select({ at: users.createdAt }).from(users);
      const projectRows = await db.select({ at: projects.publishedAt }).from(projects);
      const proposalRows = await db.select({ at: proposals.createdAt }).from(proposals);
      const contractRows = await db
        .select({ started: contracts.startedAt, completed: contracts.completedAt })
        .from(contracts);
      expect(overview.counts).toEqual({
        signUps: tally(
          buckets,
          userRows.map((row) => row.at),
        ),
        projectsPosted: tally(
          buckets,
          projectRows.map((row) => row.at),
        ),
        proposals: tally(
          buckets,
          proposalRows.map((row) => row.at),
        ),
        contractsStarted: tally(
          buckets,
          contractRows.map((row) => row.started),
        ),
        contractsCompleted: tally(
          buckets,
          contractRows.map((row) => row.completed),
        ),
      });

      const entries = await db
        .select({
          at: ledgerTransactions.createdAt,
          kind: ledgerTransactions.kind,
          account: ledgerAccounts.kind,
          amount: ledgerEntries.amountMinor,
          currency: ledgerEntries.currency,
        })
        .from(ledgerEntries)
        .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
        .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId));
      const sum = (currency: string, keep: (entry: (typeof entries)[number]) => boolean) =>
        buckets.map((bucket) =>
          entries
            .filter((e) => e.currency === currency && e.at >= bucket.start && e.at < bucket.end)
            .filter(keep)
            .reduce((total, e) => total + e.amount, 0),
        );
      const inPeriod = entries.filter((e) => e.at >= overview.from && e.at < overview.to);
      const currencies = [...new Set(inPeriod.map((e) => e.currency))].sort();
      expect(overview.money.map((entry) => entry.currency)).toEqual(currencies);
      for (const currency of currencies) {
        expect(overview.money.find((entry) => entry.currency === currency)).toEqual({
          currency,
          charged: sum(currency, (e) => e.kind === "charge" && e.amount > 0),
          released: sum(currency, (e) => e.kind === "release" && e.amount > 0),
          refunded: sum(currency, (e) => e.kind === "refund" && e.amount > 0),
          fees: sum(currency, (e) => e.account === "platform_fees"),
        });
      }
    });
  }

  it("puts the edges where they belong", async () => {
    const week = await at(NOW, () => api.ops.overview({ period: "7d" }));
    expect(week.size).toBe("day");
    expect(week.buckets).toHaveLength(7);
    // Today: the admin, and two moments (a minute ago, midnight) with 3 people each.
    expect(week.counts.signUps.at(-1)).toBe(1 + 2 * 3);
    // Yesterday's last instant is yesterday's.
    expect(week.counts.contractsStarted.at(-2)).toBe(1);
    // The first instant of the period is in; the one before it is not.
    expect(week.counts.contractsStarted[0]).toBe(1);
    expect(week.counts.contractsStarted.reduce((a, b) => a + b)).toBe(4);
    expect(week.money.find((entry) => entry.currency === "USD")?.charged.at(-2)).toBe(10_000);
    // A release counts its gross (to the freelancer and the fee), the fee separately too.
    const eur = week.money.find((entry) => entry.currency === "EUR")!;
    expect(eur.released.at(-1)).toBe(6_000);
    expect(eur.fees.at(-1)).toBe(600);
    expect(eur.refunded.at(-1)).toBe(1_500);

    const year = await at(NOW, () => api.ops.overview({ period: "365d" }));
    expect(year.size).toBe("month");
    // All but the last moment, a day and a millisecond before the first day of the 365.
    expect(year.counts.contractsStarted.reduce((a, b) => a + b)).toBe(moments.length - 1);
    const quarter = await at(NOW, () => api.ops.overview({ period: "90d" }));
    expect(quarter.size).toBe("week");
    expect(quarter.counts.contractsStarted.reduce((a, b) => a + b)).toBe(8);
  });

  it("an unknown period is refused", async () => {
    await expect(
      api.ops.overview({ period: "1000d" } as unknown as { period: "7d" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
