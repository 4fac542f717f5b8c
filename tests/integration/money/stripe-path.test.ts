import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import { paymentMethods, payments, payouts, webhookEvents } from "~/server/db/schema/money";
import type { DomainContext } from "~/server/domain/context";
import { billWeek } from "~/server/domain/money/bill-week";
import { sendPayout } from "~/server/domain/money/send-payout";
import { processStripeEvent } from "~/server/domain/money/stripe-events";
import { createStripeProvider } from "~/server/payments/stripe";
import { callerFor } from "../../helpers/caller";
import { fakeStripe } from "../../helpers/fake-stripe";
import { hiredContract, hiredHourlyContract } from "../../helpers/marketplace";
import { balance, expectLedgerConsistent } from "../../helpers/money";
import { createTestDatabase } from "../../helpers/test-db";

const WEBHOOK_SECRET = "whsec_test_guild_stripe_path";
let db: Database;
let file: string;
const fake = fakeStripe();
const provider = createStripeProvider({ secretKey: "sk_test_guild", httpClient: fake.httpClient });
const money = { provider };
const system: () => DomainContext = () => ({
  db,
  actor: { kind: "system", job: "test" },
  money,
});

beforeAll(async () => {
  ({ db, file } = await createTestDatabase());
});

/** Stripe's webhook route as the deployed app runs it, with Stripe configured by environment. */
async function webhookRoute() {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", `file:${file}`);
  vi.stubEnv("PAYMENTS_PROVIDER", "stripe");
  vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_guild");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
  return import("~/app/api/webhooks/stripe/route");
}

function signed(event: Record<string, unknown>, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  return new Request("http://guild.test/api/webhooks/stripe", {
    method: "POST",
    headers: { "stripe-signature": header, "content-type": "application/json" },
    body: payload,
  });
}

/** Runs the stored events' jobs through the Stripe fake (the job engine would use the real one). */
async function processStoredEvents() {
  const waiting = await db.select().from(jobs).where(eq(jobs.name, "webhook.stripe"));
  for (const job of waiting) {
    await processStripeEvent(system(), (job.payload as { eventId: string }).eventId);
    await db.update(jobs).set({ status: "done" }).where(eq(jobs.id, job.id));
  }
  return waiting.length;
}

describe("the Stripe path against a fake Stripe", () => {
  it("funds through the card element, settles from a webhook delivered 5 times once, and transfers the release tied to its charge", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const clientApi = callerFor(db, client.session, { money });
    const freelancerApi = callerFor(db, freelancer.session, { money });
    const milestone = await clientApi.contract.addMilestone({
      contractId: contract.id,
      title: "Design",
      amountMinor: 100_000,
    });

    const { payment } = await clientApi.payment.fundMilestone({ milestoneId: milestone.id });
    expect(payment.status).toBe("requires_action");
    expect(payment.clientSecret).toMatch(/_secret_/);
    const intent = fake.state.paymentIntents.get(payment.providerRef!)!;
    expect(intent).toMatchObject({
      amount: 100_000,
      currency: "usd",
      transfer_group: `contract_${contract.id}`,
      setup_future_usage: "off_session",
    });

    // The browser confirms with Stripe.js; Stripe tells us by webhook, five times over.
    fake.state.confirmInBrowser(intent.id, "pm_card_visa");
    const { POST } = await webhookRoute();
    const event = {
      id: "evt_succeeded_1",
      object: "event",
      type: "payment_intent.succeeded",
      data: { object: { id: intent.id, object: "payment_intent", status: "succeeded" } },
    };
    const answers = [];
    for (let delivery = 0; delivery < 5; delivery += 1) answers.push(await POST(signed(event)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await answers[4]!.json()).toMatchObject({ duplicate: true });
    expect(await db.$count(webhookEvents)).toBe(1);
    expect(await processStoredEvents()).toBe(1);
    expect(await processStoredEvents()).toBe(1); // the same job again: still one credit
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(100_000);
    const [saved] = await db
      .select()
      .from(paymentMethods)
      .where(eq(paymentMethods.userId, client.user.id));
    expect(saved).toMatchObject({ provider: "stripe", label: "Visa ending 4242" });

    // The freelancer onboards through Connect.
    const onboarding = await freelancerApi.payment.startPayoutOnboarding();
    expect(onboarding.url).toMatch(/^https:\/\//);
    fake.state.completeOnboarding(onboarding.account.accountRef);
    const account = await freelancerApi.payment.refreshPayoutAccount();
    expect(account?.transfersEnabled).toBe(true);

    await freelancerApi.contract.submitMilestone({ id: milestone.id, note: "Done", links: [] });
    await clientApi.contract.approveMilestone({ id: milestone.id });
    const [transfer] = await db
      .select()
      .from(payouts)
      .where(eq(payouts.userId, freelancer.user.id));
    expect(transfer).toMatchObject({ amountMinor: 90_000, status: "pending" });
    await sendPayout(system(), transfer!.id);
    await sendPayout(system(), transfer!.id);
    const sent = [...fake.state.transfers.values()];
    expect(sent).toHaveLength(1);
    const [paid] = await db.select().from(payments).where(eq(payments.id, payment.id));
    expect(sent[0]).toMatchObject({
      amount: 90_000,
      destination: onboarding.account.accountRef,
      source_transaction: paid!.providerChargeRef,
      transfer_group: `contract_${contract.id}`,
    });
    expect(await balance(db, "paid_out", { userId: freelancer.user.id })).toBe(90_000);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(0);
    await expectLedgerConsistent(db);
  });

  it("refuses a webhook whose signature does not match its body", async () => {
    const { POST } = await webhookRoute();
    const event = {
      id: "evt_forged",
      type: "payment_intent.succeeded",
      data: { object: { id: "pi_x" } },
    };
    const forged = await POST(signed(event, "whsec_someone_else"));
    expect(forged.status).toBe(400);
    const unsigned = await POST(
      new Request("http://guild.test/api/webhooks/stripe", {
        method: "POST",
        body: JSON.stringify(event),
      }),
    );
    expect(unsigned.status).toBe(400);
    expect(await db.$count(webhookEvents, eq(webhookEvents.id, "evt_forged"))).toBe(0);
  });

  it("charges an hourly week to the saved card off session", async () => {
    const { client, freelancer, contract } = await hiredHourlyContract(db);
    await db.insert(paymentMethods).values({
      userId: client.user.id,
      provider: "stripe",
      customerRef: "cus_saved",
      methodRef: "pm_card_visa",
      label: "Visa ending 4242",
    });
    const week = await logAndSubmitWeek(freelancer, contract.id);
    expect(await billWeek(system(), week, new Date())).toBe("charged");
    const [charged] = await db.select().from(payments).where(eq(payments.weekId, week));
    expect(charged).toMatchObject({ status: "succeeded", provider: "stripe" });
    expect(fake.state.paymentIntents.get(charged!.providerRef!)).toMatchObject({
      customer: "cus_saved",
      payment_method: "pm_card_visa",
      status: "succeeded",
    });
  });
});

async function logAndSubmitWeek(
  freelancer: Awaited<ReturnType<typeof hiredHourlyContract>>["freelancer"],
  contractId: string,
) {
  const today = new Date();
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const entry = await freelancer.api.timesheet.logTime({
    contractId,
    workDate: day.toISOString().slice(0, 10),
    minutes: 120,
    description: "Built the booking form",
  });
  await freelancer.api.timesheet.submitWeek({ id: entry.weekId });
  return entry.weekId;
}
