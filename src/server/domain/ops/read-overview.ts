import "server-only";

import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { z } from "zod";

import { contracts } from "~/server/db/schema/contracts";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import type { OverviewInput } from "~/shared/schemas/ops";
import { bucketIndex, overviewBuckets, type Bucket } from "./overview-buckets";

const DAY_MS = 86_400_000;

export const countSeries = [
  "signUps",
  "projectsPosted",
  "proposals",
  "contractsStarted",
  "contractsCompleted",
] as const;
export type CountSeries = (typeof countSeries)[number];

export const moneySeries = ["charged", "released", "refunded", "fees"] as const;
export type MoneySeries = (typeof moneySeries)[number];

/** Rows of (UTC day, count) of `column`'s times from `from` (inclusive) to `to` (exclusive). */
function perDay(table: SQLiteTable, column: SQLiteColumn) {
  return (from: number, to: number) =>
    sql`select ${column} / ${DAY_MS} as day, count(*) as n from ${table}
        where ${column} >= ${from} and ${column} < ${to} group by day`;
}

const countQueries: Record<CountSeries, (from: number, to: number) => SQL> = {
  signUps: perDay(users, users.createdAt),
  projectsPosted: perDay(projects, projects.publishedAt),
  proposals: perDay(proposals, proposals.createdAt),
  contractsStarted: perDay(contracts, contracts.startedAt),
  contractsCompleted: perDay(contracts, contracts.completedAt),
};

/**
 * Money per (UTC day, currency). A charge, release or refund counts its gross: the sum of its
 * positive entries (a release's share to the freelancer and the fee together). Fees are what
 * the platform's fee account gained, net of any reversal.
 */
const moneyQuery = (from: number, to: number) => sql`
  select t.created_at / ${DAY_MS} as day, e.currency as currency,
    sum(case when t.kind = 'charge' and e.amount_minor > 0 then e.amount_minor else 0 end) as charged,
    sum(case when t.kind = 'release' and e.amount_minor > 0 then e.amount_minor else 0 end) as released,
    sum(case when t.kind = 'refund' and e.amount_minor > 0 then e.amount_minor else 0 end) as refunded,
    sum(case when a.kind = 'platform_fees' then e.amount_minor else 0 end) as fees
  from ledger_transactions t
  join ledger_entries e on e.transaction_id = t.id
  join ledger_accounts a on a.id = e.account_id
  where t.created_at >= ${from} and t.created_at < ${to}
  group by day, e.currency`;

export interface Overview {
  period: z.output<typeof OverviewInput>["period"];
  size: ReturnType<typeof overviewBuckets>["size"];
  from: Date;
  to: Date;
  buckets: Bucket[];
  counts: Record<CountSeries, number[]>;
  /** One entry per currency that moved in the period, in integer minor units. */
  money: ({ currency: string } & Record<MoneySeries, number[]>)[];
}

/**
 * The admin overview: what happened per day, week or month of the period. Each query groups by
 * UTC day in the database (at most 365 rows a series) and the days fall into buckets here.
 */
export async function readOverview({
  ctx,
  input,
}: {
  ctx: Pick<DomainContext, "db" | "now">;
  input: z.output<typeof OverviewInput>;
}): Promise<Overview> {
  const now = ctx.now?.() ?? new Date();
  const { size, from, to, buckets } = overviewBuckets(input.period, now);
  const [start, end] = [from.getTime(), to.getTime()];
  const place = (day: number) => bucketIndex(buckets, day * DAY_MS);

  const counts = {} as Record<CountSeries, number[]>;
  for (const series of countSeries) {
    const values = buckets.map(() => 0);
    const rows = await ctx.db.all<{ day: number; n: number }>(countQueries[series](start, end));
    for (const row of rows) values[place(row.day)]! += row.n;
    counts[series] = values;
  }

  const byCurrency = new Map<string, Overview["money"][number]>();
  const rows = await ctx.db.all<{ day: number; currency: string } & Record<MoneySeries, number>>(
    moneyQuery(start, end),
  );
  for (const row of rows) {
    let entry = byCurrency.get(row.currency);
    if (!entry) {
      entry = { currency: row.currency, charged: [], released: [], refunded: [], fees: [] };
      for (const series of moneySeries) entry[series] = buckets.map(() => 0);
      byCurrency.set(row.currency, entry);
    }
    for (const series of moneySeries) entry[series][place(row.day)]! += row[series];
  }
  const money = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  return { period: input.period, size, from, to, buckets, counts, money };
}
