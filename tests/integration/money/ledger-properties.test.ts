import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { milestones } from "~/server/db/schema/contracts";
import { payments } from "~/server/db/schema/money";
import type { DomainContext } from "~/server/domain/context";
import { withTransaction } from "~/server/domain/context";
import { billWeek } from "~/server/domain/money/bill-week";
import { escrowByItem } from "~/server/domain/money/escrow";
import { activeDispute } from "~/server/domain/money/frozen";
import {
  type AccountRef,
  balanceOf,
  InsufficientFundsError,
  postTransaction,
  type Posting,
} from "~/server/domain/money/ledger";
import { runDueJobs } from "~/server/jobs/drain";
import { amountForMinutes } from "~/shared/hourly/amount";
import { currencyExponent, platformFee } from "~/shared/money/currencies";
import { actorOf, callerFor } from "../../helpers/caller";
import { at } from "../../helpers/clock";
import { databaseFingerprint } from "../../helpers/db-snapshot";
import { conservationViolations, ledgerViolations } from "../../helpers/ledger-invariants";
import { hiredContract, projectInput, proposalInput } from "../../helpers/marketplace";
import { cards, fund, runDelayed } from "../../helpers/money";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { AFTER_REVIEW, entry, moment, WEDNESDAY } from "../../helpers/timesheet";

/**
 * The ledger's invariants under random sequences of what people and jobs do with money: fixed
 * and hourly contracts in the currencies projects use, driven through the procedures and jobs;
 * and, for currencies with other minor units (JPY 0, KWD 3), random balanced postings straight
 * into `postTransaction`. After every sequence: each transaction balances per currency, no
 * balance but the provider's clearing account is negative, each currency sums to zero, and what
 * clients were charged is exactly what freelancers got, plus fees, refunds and escrow still held.
 *
 * One database for the file, a fresh contract per run; runs are few (the machine is shared).
 */
let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const PROJECT_CURRENCIES = ["USD", "EUR", "GBP"] as const;
type ProjectCurrency = (typeof PROJECT_CURRENCIES)[number];
const RUNS = Number(process.env.LEDGER_PROPERTY_RUNS ?? 25);

const system = (job: string): DomainContext["actor"] => ({ kind: "system", job });

/** An admin whose session proved a second factor: who settles disputes. */
async function provenAdmin() {
  const admin = await createUser(db, "admin", {
    emailVerified: new Date(),
    twoFactorEnabledAt: new Date(),
  });
  return { ...actorOf(admin), secondFactorVerified: true };
}

async function hire(currency: ProjectCurrency, hourly?: { rateMinor: number; limitHours: number }) {
  const client = await actor(db, "client");
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(
    await projectInput(
      db,
      hourly
        ? { currency, budgetType: "hourly", budgetMinMinor: 1_000, budgetMaxMinor: 20_000 }
        : { currency },
    ),
  );
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(
    proposalInput(project.id, hourly?.rateMinor ?? 350_000),
  );
  const contract = await client.api.proposal.accept({
    id: proposal.id,
    weeklyLimitHours: hourly?.limitHours,
  });
  return { client, freelancer, contract };
}

/**
 * Runs a procedure that may fairly be refused in the state the sequence reached (a milestone
 * not funded yet, removed, already approved). An action that tries to overdraw an account, or
 * any other failure, is a bug: it fails the property.
 */
async function attempt(call: () => Promise<unknown>): Promise<"ok" | "refused"> {
  try {
    await call();
    return "ok";
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (/not enough money|no procedure/i.test(message ?? "")) throw error;
    if (code === "CONFLICT" || code === "BAD_REQUEST" || code === "NOT_FOUND") return "refused";
    throw error;
  }
}

async function expectInvariants() {
  expect(await ledgerViolations(db)).toEqual([]);
  expect(await conservationViolations(db, PROJECT_CURRENCIES)).toEqual([]);
}

/**
 * One contract's books: what its client was charged is what its freelancer holds or was paid,
 * plus the fees and refunds on its transactions, plus what its escrow holds; each release's fee
 * is `platformFee` of what it released at the rate it recorded; each item holds what escrow
 * holds for it, and never more than it is worth.
 */
async function expectContractBooks(contractId: string, freelancerId: string) {
  const [books] = await db.all<{
    charged: number;
    freelancer: number;
    fees: number;
    refunded: number;
    escrow: number;
  }>(sql`
    select
      (select coalesce(sum(amount_minor), 0) from payments
        where contract_id = ${contractId} and status = 'succeeded') as charged,
      (select coalesce(sum(balance_minor), 0) from ledger_accounts
        where user_id = ${freelancerId}) as freelancer,
      (select coalesce(sum(e.amount_minor), 0) from ledger_entries e
        join ledger_accounts a on a.id = e.account_id
        join ledger_transactions t on t.id = e.transaction_id
        where a.kind = 'platform_fees' and t.contract_id = ${contractId}) as fees,
      (select coalesce(sum(r.amount_minor), 0) from refunds r
        join payments p on p.id = r.payment_id where p.contract_id = ${contractId}) as refunded,
      (select coalesce(sum(balance_minor), 0) from ledger_accounts
        where kind = 'escrow' and contract_id = ${contractId}) as escrow`);
  const { charged, freelancer, fees, refunded, escrow } = books!;
  expect({ charged, accounted: freelancer + fees + refunded + escrow }).toEqual({
    charged,
    accounted: charged,
  });

  const releases = await db.all<{ feeBps: number; gross: number; fee: number; net: number }>(sql`
    select t.fee_bps as feeBps,
      -sum(case when a.kind = 'escrow' then e.amount_minor else 0 end) as gross,
      sum(case when a.kind = 'platform_fees' then e.amount_minor else 0 end) as fee,
      sum(case when a.kind = 'available' then e.amount_minor else 0 end) as net
    from ledger_transactions t join ledger_entries e on e.transaction_id = t.id
    join ledger_accounts a on a.id = e.account_id
    where t.contract_id = ${contractId} and t.kind = 'release' group by t.id`);
  for (const release of releases) {
    expect(release.fee).toBe(platformFee(release.gross, release.feeBps));
    expect(release.net).toBe(release.gross - release.fee);
  }

  // A dispute's settlement: its fee is `platformFee` of the part released, at its recorded rate.
  const settlements = await db.all<{
    feeBps: number | null;
    frozen: number;
    refunded: number;
    fee: number;
    net: number;
  }>(sql`
    select t.fee_bps as feeBps,
      -sum(case when a.kind = 'escrow' then e.amount_minor else 0 end) as frozen,
      sum(case when a.kind = 'provider_clearing' then e.amount_minor else 0 end) as refunded,
      sum(case when a.kind = 'platform_fees' then e.amount_minor else 0 end) as fee,
      sum(case when a.kind = 'available' then e.amount_minor else 0 end) as net
    from ledger_transactions t join ledger_entries e on e.transaction_id = t.id
    join ledger_accounts a on a.id = e.account_id
    where t.contract_id = ${contractId} and t.kind = 'settlement' group by t.id`);
  for (const settlement of settlements) {
    const released = settlement.frozen - settlement.refunded;
    expect(settlement.fee).toBe(platformFee(released, settlement.feeBps ?? 0));
    expect(settlement.net).toBe(released - settlement.fee);
  }

  const held = await escrowByItem(db, contractId, "milestone");
  const weeks = await escrowByItem(db, contractId, "week");
  const heldTotal = [...held.values(), ...weeks.values()].reduce((s, m) => s + m.heldMinor, 0);
  expect(heldTotal).toBe(escrow);
  const rows = await db.select().from(milestones).where(eq(milestones.contractId, contractId));
  for (const [milestoneId, money] of held) {
    const milestone = rows.find((row) => row.id === milestoneId);
    const worth = milestone && milestone.status !== "approved" ? milestone.amountMinor : 0;
    expect(money.heldMinor, `escrow held for milestone ${milestoneId}`).toBeLessThanOrEqual(worth);
  }
}

const feeBps = fc.integer({ min: 0, max: 5_000 });
const index = fc.nat({ max: 1 });
// A milestone is at least 1.00; odd amounts exercise the fee's rounding.
const amountMinor = fc.integer({ min: 100, max: 120_000 });

const fixedOp = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("fund" as const), m: index }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("submit" as const), m: index }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("approve" as const), m: index, feeBps }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("changes" as const), m: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("autoRelease" as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("edit" as const), m: index, amountMinor }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), m: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("end" as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("withdraw" as const),
      percent: fc.integer({ min: 1, max: 100 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("jobs" as const) }) },
  // Disputes freeze a milestone's money until an admin settles it (all, none or a split of it
  // to the freelancer) or whoever opened it withdraws it.
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("dispute" as const),
      m: index,
      by: fc.constantFrom("client" as const, "freelancer" as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("resolve" as const),
      m: index,
      feeBps,
      outcome: fc.constantFrom("release" as const, "refund" as const, "split" as const),
      permille: fc.integer({ min: 1, max: 999 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("withdrawDispute" as const), m: index }) },
  // A disputed round in one step: funded, handed in, disputed and settled.
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("disputeRound" as const),
      m: index,
      feeBps,
      outcome: fc.constantFrom("release" as const, "refund" as const, "split" as const),
      permille: fc.integer({ min: 1, max: 999 }),
    }),
  },
  // A whole round in one step, so short sequences also reach releases.
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("round" as const),
      m: index,
      feeBps,
      auto: fc.boolean(),
    }),
  },
);
type FixedOp = typeof fixedOp extends fc.Arbitrary<infer T> ? T : never;

describe("the ledger under random money operations", () => {
  it("fixed contracts: fund, submit, approve, auto-release, refund, amount and fee changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PROJECT_CURRENCIES),
        fc.array(amountMinor, { minLength: 1, maxLength: 2 }),
        fc.array(fixedOp, { minLength: 4, maxLength: 16, size: "max" }),
        async (currency, amounts, ops) => {
          const { client, freelancer, contract } = await hire(currency);
          const ids: string[] = [];
          for (const [i, amount] of amounts.entries()) {
            const added = await client.api.contract.addMilestone({
              contractId: contract.id,
              title: `Part ${i + 1}`,
              amountMinor: amount,
            });
            ids.push(added.id);
          }
          const milestoneOf = (m: number) => ids[m % ids.length]!;
          for (const op of ops) await apply(op);
          await expectContractBooks(contract.id, freelancer.user.id);
          await expectInvariants();

          async function apply(op: FixedOp): Promise<unknown> {
            switch (op.op) {
              case "fund":
                return attempt(() => fund(client, milestoneOf(op.m)));
              case "submit":
                return attempt(() =>
                  freelancer.api.contract.submitMilestone({
                    id: milestoneOf(op.m),
                    note: "Done",
                    links: [],
                  }),
                );
              case "approve": {
                // Another fee rate from this request on: the release records and applies it.
                const api = callerFor(db, client.session, { money: { feeBps: op.feeBps } });
                const seen: { release?: { grossMinor: number; feeMinor: number } | null } = {};
                await attempt(async () => {
                  seen.release = (
                    await api.contract.approveMilestone({ id: milestoneOf(op.m) })
                  ).release;
                });
                const { release } = seen;
                if (release)
                  expect(release.feeMinor).toBe(platformFee(release.grossMinor, op.feeBps));
                return;
              }
              case "changes":
                return attempt(() =>
                  client.api.contract.requestChanges({
                    id: milestoneOf(op.m),
                    reason: "Please add the footer.",
                  }),
                );
              case "autoRelease":
                return runDelayed(db, "milestone.auto_release");
              case "edit":
                return attempt(() =>
                  client.api.contract.editMilestone({
                    id: milestoneOf(op.m),
                    title: "Changed",
                    amountMinor: op.amountMinor,
                    dueDate: null,
                  }),
                );
              case "remove":
                return attempt(() =>
                  client.api.contract.removeMilestone({ id: milestoneOf(op.m) }),
                );
              case "end":
                return attempt(() => client.api.contract.end({ id: contract.id }));
              case "withdraw": {
                const available = await balanceOf(
                  db,
                  { kind: "available", userId: freelancer.user.id },
                  currency,
                );
                const amount = Math.floor((available * op.percent) / 100);
                return attempt(() =>
                  freelancer.api.payment.withdraw({
                    currency,
                    ...(amount > 0 ? { amountMinor: amount } : {}),
                  }),
                );
              }
              case "jobs":
                return runDueJobs(db);
              case "dispute":
                return attempt(() =>
                  (op.by === "client" ? client : freelancer).api.dispute.open({
                    item: "milestone",
                    itemId: milestoneOf(op.m),
                    reason: "The work and the brief do not match: see the thread.",
                    fileIds: [],
                  }),
                );
              case "resolve": {
                const dispute = await activeDispute(db, "milestone", milestoneOf(op.m));
                if (!dispute) return "refused";
                const admin = callerFor(db, await provenAdmin(), { money: { feeBps: op.feeBps } });
                const releasedMinor = Math.max(
                  1,
                  Math.min(
                    dispute.frozenMinor - 1,
                    Math.floor((dispute.frozenMinor * op.permille) / 1000),
                  ),
                );
                const split = op.outcome === "split" && dispute.frozenMinor > 1;
                return attempt(() =>
                  admin.dispute.resolve({
                    id: dispute.id,
                    outcome: split ? "split" : op.outcome === "split" ? "release" : op.outcome,
                    ...(split ? { releasedMinor } : {}),
                    decision: "Settled on the evidence both parties gave in the thread.",
                  }),
                );
              }
              case "withdrawDispute": {
                const dispute = await activeDispute(db, "milestone", milestoneOf(op.m));
                if (!dispute) return "refused";
                const opener = dispute.openedBy === client.user.id ? client : freelancer;
                return attempt(() => opener.api.dispute.withdraw({ id: dispute.id }));
              }
              case "disputeRound":
                await apply({ op: "fund", m: op.m });
                await apply({ op: "submit", m: op.m });
                await apply({ op: "dispute", m: op.m, by: "client" });
                return apply({ ...op, op: "resolve" });
              case "round":
                await apply({ op: "fund", m: op.m });
                await apply({ op: "submit", m: op.m });
                return op.auto
                  ? apply({ op: "autoRelease" })
                  : apply({ op: "approve", m: op.m, feeBps: op.feeBps });
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The sequences reached the states that matter, not only refusals.
    const kinds = await db.all<{ kind: string; count: number }>(sql`
      select t.kind, count(distinct t.id) as count from ledger_transactions t
      join ledger_entries e on e.transaction_id = t.id
      where e.currency in ('USD', 'EUR', 'GBP') group by t.kind`);
    const count = (kind: string) => kinds.find((row) => row.kind === kind)?.count ?? 0;
    expect(count("charge")).toBeGreaterThan(0);
    expect(count("release")).toBeGreaterThan(0);
    expect(count("settlement")).toBeGreaterThan(0);
  });

  it("hourly contracts: a week logged, charged to the saved card, approved and released", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          currency: fc.constantFrom(...PROJECT_CURRENCIES),
          rateMinor: fc.integer({ min: 1_000, max: 20_000 }),
          limitHours: fc.integer({ min: 1, max: 40 }),
          entries: fc.array(
            fc.record({ day: fc.nat({ max: 2 }), quarters: fc.integer({ min: 1, max: 40 }) }),
            { minLength: 1, maxLength: 4 },
          ),
          chargeFeeBps: feeBps,
          releaseFeeBps: feeBps,
          approval: fc.constantFrom("client" as const, "auto" as const, "none" as const),
          billTwice: fc.boolean(),
          withdraw: fc.boolean(),
        }),
        async (week) => {
          const hired = await at(moment("2030-01-07T08:00:00Z"), () =>
            hire(week.currency, { rateMinor: week.rateMinor, limitHours: week.limitHours }),
          );
          const { client, freelancer, contract } = hired;
          await client.api.payment.saveCard({ card: cards.visa });
          const billAs = (fee: number, when: Date) =>
            billWeek(
              {
                db,
                actor: system("timesheet.bill_week"),
                money: { feeBps: fee },
                now: () => when,
              },
              weekId,
              when,
            );

          let weekId = "";
          let minutes = 0;
          await at(WEDNESDAY, async () => {
            for (const [i, { day, quarters: asked }] of week.entries.entries()) {
              // Time beyond the weekly limit is refused; the first entry fits, to have a week.
              const quarters = i === 0 ? Math.min(asked, week.limitHours * 4) : asked;
              const logged = await attempt(async () => {
                const made = await freelancer.api.timesheet.logTime({
                  contractId: contract.id,
                  ...entry(`2030-01-0${7 + day}`, quarters * 15),
                });
                weekId = made.weekId;
              });
              if (logged === "ok") minutes += quarters * 15;
            }
            await freelancer.api.timesheet.submitWeek({ id: weekId });
          });
          const billable = amountForMinutes(
            Math.min(minutes, week.limitHours * 60),
            week.rateMinor,
          );

          expect(await billAs(week.chargeFeeBps, WEDNESDAY)).toBe("charged");
          if (week.billTwice) expect(await billAs(week.chargeFeeBps, WEDNESDAY)).toBe("charged");
          const charged = await db.select().from(payments).where(eq(payments.weekId, weekId));
          expect(charged.map((p) => [p.status, p.amountMinor, p.currency])).toEqual([
            ["succeeded", billable, week.currency],
          ]);

          if (week.approval === "client") {
            await at(WEDNESDAY, () => client.api.timesheet.approveWeek({ id: weekId }));
            expect(await billAs(week.releaseFeeBps, WEDNESDAY)).toBe("released");
          } else if (week.approval === "auto") {
            expect(await billAs(week.releaseFeeBps, AFTER_REVIEW)).toBe("released");
          }
          const released = week.approval !== "none";
          const fee = released ? platformFee(billable, week.releaseFeeBps) : 0;
          expect(
            await balanceOf(db, { kind: "available", userId: freelancer.user.id }, week.currency),
          ).toBe(released ? billable - fee : 0);
          expect(
            await balanceOf(db, { kind: "escrow", contractId: contract.id }, week.currency),
          ).toBe(released ? 0 : billable);
          if (released) expect(await billAs(week.releaseFeeBps, AFTER_REVIEW)).toBe("released");
          if (week.withdraw)
            await attempt(() => freelancer.api.payment.withdraw({ currency: week.currency }));

          await expectContractBooks(contract.id, freelancer.user.id);
          await expectInvariants();
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Currencies whose minor unit is not the cent: the yen has none, the Kuwaiti dinar three. */
const ODD_CURRENCIES = ["JPY", "KWD"] as const;

describe("postings in currencies with 0 and 3 decimals", () => {
  let world: { contractId: string; userId: string };
  beforeAll(async () => {
    const hired = await hiredContract(db);
    world = { contractId: hired.contract.id, userId: hired.freelancer.user.id };
  });

  const accounts = () =>
    ({
      escrow: { kind: "escrow", contractId: world.contractId },
      available: { kind: "available", userId: world.userId },
      pending: { kind: "pending", userId: world.userId },
      paid_out: { kind: "paid_out", userId: world.userId },
      platform_fees: { kind: "platform_fees" },
      provider_clearing: { kind: "provider_clearing" },
    }) satisfies Record<string, AccountRef>;
  type Name = keyof ReturnType<typeof accounts>;
  const held: Name[] = ["escrow", "available", "pending", "paid_out", "platform_fees"];

  const share = fc.integer({ min: 1, max: 100 });
  const postingOp = fc.oneof(
    fc.record({ op: fc.constant("charge" as const), units: fc.integer({ min: 1, max: 10_000 }) }),
    fc.record({
      op: fc.constant("release" as const),
      share,
      feeBps: fc.integer({ min: 0, max: 10_000 }),
    }),
    fc.record({ op: fc.constant("refund" as const), share }),
    fc.record({ op: fc.constant("payout" as const), share }),
    fc.record({ op: fc.constant("paid" as const), share, returned: fc.boolean() }),
    fc.record({
      op: fc.constant("mixed" as const),
      // Per held account: a share of its balance to take out (negative) or units to put in.
      moves: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 5, maxLength: 5 }),
    }),
  );
  type PostingOp = typeof postingOp extends fc.Arbitrary<infer T> ? T : never;

  /** The postings an operation makes from the balances the model holds (never overdrawing). */
  function postingsFor(op: PostingOp, model: Record<Name, number>, exponent: number) {
    const unit = 10 ** exponent;
    const part = (name: Name, percent: number) => Math.floor((model[name] * percent) / 100);
    const moves: Partial<Record<Name, number>> = {};
    switch (op.op) {
      case "charge":
        moves.escrow = op.units * unit + (op.units % unit);
        moves.provider_clearing = -moves.escrow;
        break;
      case "release": {
        const gross = part("escrow", op.share);
        const fee = platformFee(gross, op.feeBps);
        // Rounded half up to the minor unit, whatever the unit is.
        const exact = BigInt(gross) * BigInt(op.feeBps);
        const diff = BigInt(fee) * 10_000n - exact;
        expect(diff >= -5_000n && diff <= 5_000n && diff !== -5_000n).toBe(true);
        Object.assign(moves, { escrow: -gross, available: gross - fee, platform_fees: fee });
        break;
      }
      case "refund": {
        const amount = part("escrow", op.share);
        Object.assign(moves, { escrow: -amount, provider_clearing: amount });
        break;
      }
      case "payout": {
        const amount = part("available", op.share);
        Object.assign(moves, { available: -amount, pending: amount });
        break;
      }
      case "paid": {
        const amount = part("pending", op.share);
        Object.assign(moves, {
          pending: -amount,
          [op.returned ? "available" : "paid_out"]: amount,
        });
        break;
      }
      case "mixed": {
        let total = 0;
        held.forEach((name, i) => {
          const move = op.moves[i]!;
          moves[name] = move < 0 ? -part(name, -move) : move * unit + i;
          total += moves[name];
        });
        moves.provider_clearing = -total;
        break;
      }
    }
    return (Object.entries(moves) as [Name, number][])
      .filter(([, amount]) => amount !== 0)
      .map(([name, amount]) => ({ name, amount }));
  }

  it("random balanced postings keep every invariant, and the model's balances", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ODD_CURRENCIES),
        fc.array(postingOp, { minLength: 1, maxLength: 12 }),
        async (currency, ops) => {
          const exponent = currencyExponent(currency);
          const refs = accounts();
          const model = {} as Record<Name, number>;
          for (const name of Object.keys(refs) as Name[])
            model[name] = await balanceOf(db, refs[name], currency);
          const ctx = { db, actor: system("ledger.property") };
          for (const op of ops) {
            const moves = postingsFor(op, model, exponent);
            if (moves.length < 2) continue;
            await withTransaction(ctx, (tx) =>
              postTransaction(tx.db, {
                idempotencyKey: `property:${crypto.randomUUID()}`,
                kind: op.op === "release" ? "release" : op.op === "refund" ? "refund" : "charge",
                currency,
                memo: `property ${op.op}`,
                contractId: world.contractId,
                feeBps: op.op === "release" ? op.feeBps : null,
                postings: moves.map(({ name, amount }) => ({
                  account: refs[name],
                  amountMinor: amount,
                })),
              }),
            );
            for (const { name, amount } of moves) model[name] += amount;
          }
          for (const name of Object.keys(refs) as Name[])
            expect([name, await balanceOf(db, refs[name], currency)]).toEqual([name, model[name]]);
          expect(await ledgerViolations(db)).toEqual([]);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("an unbalanced or overdrawing transaction is refused and leaves the ledger as it was", async () => {
    const fingerprint = await databaseFingerprint(db);
    const ctx = { db, actor: system("ledger.property") };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ODD_CURRENCIES, "USD"),
        fc.constantFrom(
          "unbalanced" as const,
          "overdraw_escrow" as const,
          "overdraw_available" as const,
          "overdraw_fees" as const,
        ),
        fc.integer({ min: 1, max: 1_000_000 }),
        // A valid posting first in the same write transaction: the refusal takes it back too.
        fc.boolean(),
        async (currency, kind, excess, validFirst) => {
          const refs = accounts();
          const before = await fingerprint();
          const escrow = await balanceOf(db, refs.escrow, currency);
          const available = await balanceOf(db, refs.available, currency);
          const fees = await balanceOf(db, refs.platform_fees, currency);
          const postings: Posting[] =
            kind === "unbalanced"
              ? [
                  { account: refs.provider_clearing, amountMinor: -excess },
                  { account: refs.escrow, amountMinor: excess + (excess % 2 === 0 ? 1 : -1) },
                ]
              : kind === "overdraw_escrow"
                ? [
                    { account: refs.escrow, amountMinor: -(escrow + excess) },
                    { account: refs.available, amountMinor: escrow + excess },
                  ]
                : kind === "overdraw_available"
                  ? [
                      { account: refs.pending, amountMinor: available + excess },
                      { account: refs.available, amountMinor: -(available + excess) },
                    ]
                  : [
                      { account: refs.platform_fees, amountMinor: -(fees + excess) },
                      { account: refs.provider_clearing, amountMinor: fees + excess },
                    ];
          const refused = withTransaction(ctx, async (tx) => {
            if (validFirst)
              await postTransaction(tx.db, {
                idempotencyKey: `property:valid:${crypto.randomUUID()}`,
                kind: "charge",
                currency,
                memo: "valid, then taken back",
                contractId: world.contractId,
                postings: [
                  { account: refs.provider_clearing, amountMinor: -excess },
                  { account: refs.paid_out, amountMinor: excess },
                ],
              });
            return postTransaction(tx.db, {
              idempotencyKey: `property:refused:${crypto.randomUUID()}`,
              kind: "release",
              currency,
              memo: "refused",
              contractId: world.contractId,
              postings,
            });
          });
          if (kind === "unbalanced") await expect(refused).rejects.toThrow(RangeError);
          else await expect(refused).rejects.toThrow(InsufficientFundsError);
          expect(await fingerprint()).toBe(before);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(await ledgerViolations(db)).toEqual([]);
  });

  it("posting the same key again changes nothing", async () => {
    const refs = accounts();
    const ctx = { db, actor: system("ledger.property") };
    const key = `property:once:${crypto.randomUUID()}`;
    const post = () =>
      withTransaction(ctx, (tx) =>
        postTransaction(tx.db, {
          idempotencyKey: key,
          kind: "charge",
          currency: "KWD",
          memo: "once",
          postings: [
            { account: refs.provider_clearing, amountMinor: -1_234 },
            { account: refs.escrow, amountMinor: 1_234 },
          ],
        }),
      );
    const first = await post();
    const fingerprint = await databaseFingerprint(db);
    const before = await fingerprint();
    const again = await post();
    expect(again).toEqual({ id: first.id, created: false });
    expect(await fingerprint()).toBe(before);
  });
});
