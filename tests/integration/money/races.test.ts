import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Money under races and replays: an approval racing the auto-release job, a Stripe webhook
 * delivered again and again, a provider call that timed out and was asked again, withdrawals
 * of the same balance at once. Each must move money once.
 *
 * The webhook is tested through its route handler, which reads the environment: Stripe is this
 * file's provider, so every other call here names its provider (the sandbox, or the fake Stripe).
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-money-races-"));
process.env.DATABASE_URL = `file:${path.join(dir, "races.db")}`;
process.env.PAYMENTS_PROVIDER = "stripe";
process.env.STRIPE_SECRET_KEY = "sk_test_guild_races";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_guild_races";
process.env.PLATFORM_FEE_BPS = "1000";

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { jobs } = await import("~/server/db/schema/jobs");
const { contracts } = await import("~/server/db/schema/contracts");
const {
  invoices,
  ledgerTransactions,
  paymentCustomers,
  paymentMethods,
  payments,
  payouts,
  webhookEvents,
} = await import("~/server/db/schema/money");
const { billWeek } = await import("~/server/domain/money/bill-week");
const { balanceOf } = await import("~/server/domain/money/ledger");
const { RECONCILE_AFTER_MS, reconcilePayments } =
  await import("~/server/domain/money/reconcile-payments");
const { processStripeEvent } = await import("~/server/domain/money/stripe-events");
const { runDueJobs } = await import("~/server/jobs/drain");
const { createSandboxProvider } = await import("~/server/payments/sandbox");
const { createStripeProvider } = await import("~/server/payments/stripe");
const { platformFee } = await import("~/shared/money/currencies");
const webhookRoute = await import("~/app/api/webhooks/stripe/route");
const { actorOf, callerFor } = await import("../../helpers/caller");
const { at } = await import("../../helpers/clock");
const { fakeStripe } = await import("../../helpers/fake-stripe");
const { ledgerViolations } = await import("../../helpers/ledger-invariants");
const { projectInput, proposalInput } = await import("../../helpers/marketplace");
const { cards } = await import("../../helpers/money");
const { createUser } = await import("../../helpers/people");
const { entry, moment, WEDNESDAY } = await import("../../helpers/timesheet");

type Database = Awaited<ReturnType<typeof getDb>>;
type Provider = ReturnType<typeof createSandboxProvider> | ReturnType<typeof createStripeProvider>;
let db: Database;

beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

const FEE_BPS = 1000;
const system = { kind: "system" as const, job: "money.races" };

/** Someone whose every call goes through `provider` at a 10 % fee. */
async function person(role: "client" | "freelancer", provider: Provider) {
  const user = await createUser(db, role, { emailVerified: new Date() });
  const session = actorOf(user);
  return {
    user,
    session,
    api: callerFor(db, session, { money: { provider, feeBps: FEE_BPS } }),
  };
}

/** A client and a freelancer hired on a contract, both acting through `provider`. */
async function hire(provider: Provider, hourly = false) {
  const client = await person("client", provider);
  const freelancer = await person("freelancer", provider);
  const project = await client.api.project.create(
    await projectInput(
      db,
      hourly ? { budgetType: "hourly", budgetMinMinor: 5_000, budgetMaxMinor: 10_000 } : {},
    ),
  );
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(
    proposalInput(project.id, hourly ? 8_500 : 350_000),
  );
  const contract = await client.api.proposal.accept({ id: proposal.id });
  return { client, freelancer, contract };
}

async function milestoneOf(hired: Awaited<ReturnType<typeof hire>>, amountMinor: number) {
  return hired.client.api.contract.addMilestone({
    contractId: hired.contract.id,
    title: "Design",
    amountMinor,
  });
}

const chargesFor = (paymentId: string) =>
  db
    .select()
    .from(ledgerTransactions)
    .where(and(eq(ledgerTransactions.paymentId, paymentId), eq(ledgerTransactions.kind, "charge")));

function stripeWorld(options: { maxNetworkRetries?: number } = {}) {
  const fake = fakeStripe();
  const provider = createStripeProvider({
    secretKey: "sk_test_guild_races",
    httpClient: fake.httpClient,
    maxNetworkRetries: options.maxNetworkRetries ?? 0,
    timeout: 300,
  });
  return { fake, state: fake.state, provider };
}

describe("an approval racing the auto-release job", () => {
  it("releases once, whichever comes first", async () => {
    const sandbox = createSandboxProvider(db);
    for (let round = 0; round < 4; round++) {
      const hired = await hire(sandbox);
      const amount = 100_001 + round;
      const milestone = await milestoneOf(hired, amount);
      await hired.client.api.payment.fundMilestone({ milestoneId: milestone.id, card: cards.visa });
      await hired.freelancer.api.contract.submitMilestone({
        id: milestone.id,
        note: "Done",
        links: [],
      });
      await db
        .update(jobs)
        .set({ runAt: new Date(Date.now() - 1000) })
        .where(eq(jobs.name, "milestone.auto_release"));
      const approve = () => hired.client.api.contract.approveMilestone({ id: milestone.id });
      const job = () => runDueJobs(db);
      // Either one starts first, in turn.
      const outcomes = await Promise.allSettled(
        round % 2 === 0 ? [approve(), job()] : [job(), approve()],
      );
      for (const outcome of outcomes)
        if (outcome.status === "rejected")
          expect(outcome.reason).toMatchObject({ code: "CONFLICT" });

      const releases = await db
        .select()
        .from(ledgerTransactions)
        .where(
          and(
            eq(ledgerTransactions.milestoneId, milestone.id),
            eq(ledgerTransactions.kind, "release"),
          ),
        );
      expect(releases).toHaveLength(1);
      const net = amount - platformFee(amount, FEE_BPS);
      expect(
        await balanceOf(db, { kind: "available", userId: hired.freelancer.user.id }, "USD"),
      ).toBe(net);
      expect(await balanceOf(db, { kind: "escrow", contractId: hired.contract.id }, "USD")).toBe(0);
    }
    expect(await ledgerViolations(db)).toEqual([]);
  });
});

describe("a Stripe webhook delivered five times", () => {
  it("is stored once, and however often its job runs the payment is credited once", async () => {
    const { state, provider } = stripeWorld();
    const hired = await hire(provider);
    const milestone = await milestoneOf(hired, 120_000);
    const { payment } = await hired.client.api.payment.fundMilestone({ milestoneId: milestone.id });
    expect(payment.status).toBe("requires_action");
    state.confirmInBrowser(payment.providerRef!, "pm_card_visa");

    const body = JSON.stringify({
      id: "evt_races_1",
      object: "event",
      type: "payment_intent.succeeded",
      api_version: "2026-09-30.endive",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: payment.providerRef, object: "payment_intent" } },
    });
    const deliver = () =>
      webhookRoute.POST(
        new Request("http://guild.test/api/webhooks/stripe", {
          method: "POST",
          body,
          headers: {
            "content-type": "application/json",
            "stripe-signature": provider.stripe.webhooks.generateTestHeaderString({
              payload: body,
              secret: "whsec_guild_races",
            }),
          },
        }),
      );
    const answers = await Promise.all(Array.from({ length: 5 }, deliver));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as { duplicate: boolean }[];
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    expect(await db.$count(webhookEvents, eq(webhookEvents.id, "evt_races_1"))).toBe(1);
    expect(await db.$count(jobs, eq(jobs.name, "webhook.stripe"))).toBe(1);

    // At least once: the job may run again (a worker died after its work), even concurrently.
    const ctx = { db, actor: system, money: { provider, feeBps: FEE_BPS } };
    await Promise.all(Array.from({ length: 5 }, () => processStripeEvent(ctx, "evt_races_1")));
    await processStripeEvent(ctx, "evt_races_1");

    const [settled] = await db.select().from(payments).where(eq(payments.id, payment.id));
    expect(settled!.status).toBe("succeeded");
    expect(await chargesFor(payment.id)).toHaveLength(1);
    expect(await db.$count(invoices, eq(invoices.paymentId, payment.id))).toBe(1);
    expect(await balanceOf(db, { kind: "escrow", contractId: hired.contract.id }, "USD")).toBe(
      120_000,
    );
    expect(state.charges.size).toBe(1);
    expect(await ledgerViolations(db)).toEqual([]);
  });
});

describe("a provider call that timed out", () => {
  /** The pending payment waited long enough for the reconcile job to ask again. */
  const ageOut = (paymentId: string) =>
    db
      .update(payments)
      .set({ updatedAt: new Date(Date.now() - RECONCILE_AFTER_MS - 60_000) })
      .where(eq(payments.id, paymentId));

  /** A client Stripe already knows, so the call that times out is the PaymentIntent's. */
  async function hireKnownClient(provider: Provider, hourly = false) {
    const hired = await hire(provider, hourly);
    await db.insert(paymentCustomers).values({
      userId: hired.client.user.id,
      provider: "stripe",
      customerRef: `cus_${hired.client.user.id.slice(0, 8)}`,
    });
    return hired;
  }

  /**
   * Funds a milestone whose PaymentIntent call times out after Stripe did the work, then runs
   * the reconcile job, which asks again with the payment's key; the client then confirms the
   * card in the browser. Answers what the fake and our rows saw.
   */
  async function fundThroughTimeout(saveCard: boolean) {
    const { state, provider, fake } = stripeWorld();
    const hired = await hireKnownClient(provider);
    const milestone = await milestoneOf(hired, 75_000);
    state.timeoutAfterNextCall();
    await expect(
      hired.client.api.payment.fundMilestone({ milestoneId: milestone.id, saveCard }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(state.paymentIntents.size).toBe(1);
    const [pending] = await db
      .select()
      .from(payments)
      .where(eq(payments.milestoneId, milestone.id));
    expect(pending).toMatchObject({ status: "pending", providerRef: null });
    // A second click while the first is unresolved pays nothing more.
    await expect(
      hired.client.api.payment.fundMilestone({ milestoneId: milestone.id, saveCard }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await ageOut(pending!.id);
    const ctx = { db, actor: system, money: { provider, feeBps: FEE_BPS } };
    await reconcilePayments(ctx, new Date());
    const piCalls = fake.calls.filter((call) => call.path === "/v1/payment_intents");
    expect(piCalls.map((call) => [call.idempotencyKey, call.replayed])).toEqual([
      [pending!.idempotencyKey, false],
      [pending!.idempotencyKey, true],
    ]);
    expect(state.paymentIntents.size).toBe(1);
    const [asked] = await db.select().from(payments).where(eq(payments.id, pending!.id));
    expect(asked).toMatchObject({
      status: "requires_action",
      providerRef: [...state.paymentIntents.keys()][0],
    });

    state.confirmInBrowser(asked!.providerRef!, "pm_card_visa");
    await hired.client.api.payment.refresh({ paymentId: asked!.id });
    await reconcilePayments(ctx, new Date());
    expect(await chargesFor(asked!.id)).toHaveLength(1);
    expect(state.charges.size).toBe(1);
    expect(await balanceOf(db, { kind: "escrow", contractId: hired.contract.id }, "USD")).toBe(
      75_000,
    );
  }

  it("and was asked again by the reconcile job charges once (a milestone, card not kept)", () =>
    fundThroughTimeout(false));

  // The request is rebuilt from the payment row (charge-request.ts): with the card kept it
  // carries the same customer and setup_future_usage as the first call, so Stripe replays it.
  it("and was asked again by the reconcile job charges once (a milestone, card kept)", () =>
    fundThroughTimeout(true));

  it("and was retried by the Stripe client charges once", async () => {
    const { state, provider, fake } = stripeWorld({ maxNetworkRetries: 2 });
    const hired = await hireKnownClient(provider);
    const milestone = await milestoneOf(hired, 50_000);
    state.timeoutAfterNextCall();
    const { payment } = await hired.client.api.payment.fundMilestone({ milestoneId: milestone.id });
    expect(payment.status).toBe("requires_action");
    expect(fake.calls.map((call) => [call.path, call.replayed])).toEqual([
      ["/v1/payment_intents", false],
      ["/v1/payment_intents", true],
    ]);
    expect(state.paymentIntents.size).toBe(1);
  });

  // The same for a week: the re-ask carries the saved card and the week in its metadata.
  it("and was asked again by the reconcile job charges once (billing a week)", async () => {
    const { state, provider, fake } = stripeWorld();
    const hired = await at(moment("2030-01-07T08:00:00Z"), () => hire(provider, true));
    await db.insert(paymentMethods).values({
      userId: hired.client.user.id,
      provider: "stripe",
      customerRef: "cus_races",
      methodRef: "pm_card_visa",
      label: "Visa ending 4242",
    });
    const weekId = await at(WEDNESDAY, async () => {
      const logged = await hired.freelancer.api.timesheet.logTime({
        contractId: hired.contract.id,
        ...entry("2030-01-07", 120),
      });
      await hired.freelancer.api.timesheet.submitWeek({ id: logged.weekId });
      return logged.weekId;
    });
    const ctx = { db, actor: system, money: { provider, feeBps: FEE_BPS }, now: () => WEDNESDAY };
    state.timeoutAfterNextCall();
    expect(await billWeek(ctx, weekId, WEDNESDAY)).toBe("waiting");
    expect(state.charges.size).toBe(1); // Stripe charged the card; we never heard.
    const [pending] = await db.select().from(payments).where(eq(payments.weekId, weekId));
    await ageOut(pending!.id);

    await reconcilePayments({ ...ctx, now: () => new Date() }, new Date());
    expect(fake.calls.at(-1)).toMatchObject({ idempotencyKey: pending!.idempotencyKey });
    expect(state.charges.size).toBe(1);
    const [settled] = await db.select().from(payments).where(eq(payments.id, pending!.id));
    expect(settled!.status).toBe("succeeded");
    expect(await chargesFor(pending!.id)).toHaveLength(1);
  });
});

describe("withdrawals of the whole available balance at once", () => {
  it("one succeeds, and the balance moves to pending once", async () => {
    const sandbox = createSandboxProvider(db);
    const hired = await hire(sandbox);
    const milestone = await milestoneOf(hired, 99_999);
    await hired.client.api.payment.fundMilestone({ milestoneId: milestone.id, card: cards.visa });
    await hired.freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "Done",
      links: [],
    });
    await hired.client.api.contract.approveMilestone({ id: milestone.id });
    const userId = hired.freelancer.user.id;
    const available = await balanceOf(db, { kind: "available", userId }, "USD");
    expect(available).toBe(99_999 - platformFee(99_999, FEE_BPS));

    // Half ask for "everything", half name the whole amount.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        hired.freelancer.api.payment.withdraw(
          i % 2 === 0 ? { currency: "USD" } : { currency: "USD", amountMinor: available },
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes)
      if (outcome.status === "rejected")
        expect(["CONFLICT", "BAD_REQUEST"]).toContain((outcome.reason as { code: string }).code);
    expect(await balanceOf(db, { kind: "available", userId }, "USD")).toBe(0);
    expect(await balanceOf(db, { kind: "pending", userId }, "USD")).toBe(available);
    expect(await db.$count(payouts, eq(payouts.userId, userId))).toBe(1);
    const [{ total } = { total: 0 }] = await db.all<{ total: number }>(
      sql`select coalesce(sum(amount_minor), 0) as total from payouts where user_id = ${userId}`,
    );
    expect(total).toBe(available);
    expect(await ledgerViolations(db)).toEqual([]);
    // The contract is untouched by the race.
    const [row] = await db.select().from(contracts).where(eq(contracts.id, hired.contract.id));
    expect(row!.status).toBe("completed");
  });
});
