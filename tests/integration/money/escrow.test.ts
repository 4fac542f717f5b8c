import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { milestones } from "~/server/db/schema/contracts";
import { invoices, payments } from "~/server/db/schema/money";
import { runDueJobs } from "~/server/jobs/drain";
import { hiredContract } from "../../helpers/marketplace";
import { balance, cards, expectLedgerConsistent, fund, runDelayed } from "../../helpers/money";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

async function contractWithMilestone(amountMinor = 100_000) {
  const hired = await hiredContract(db);
  const milestone = await hired.client.api.contract.addMilestone({
    contractId: hired.contract.id,
    title: "Design",
    amountMinor,
  });
  return { ...hired, milestone };
}

describe("fixed-price escrow", () => {
  it("funds, submits, approves and releases the amount less a 10 % fee", async () => {
    const { client, freelancer, contract, milestone } = await contractWithMilestone();
    await expect(
      freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Done", links: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const { payment } = (await fund(client, milestone.id)) as { payment: { status: string } };
    expect(payment.status).toBe("succeeded");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(100_000);
    const workspace = await freelancer.api.contract.workspace({ id: contract.id });
    expect(workspace.milestones[0]!.money.state).toBe("funded");

    await freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Done", links: [] });
    await client.api.contract.approveMilestone({ id: milestone.id });

    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(90_000);
    expect(await balance(db, "platform_fees")).toBeGreaterThanOrEqual(10_000);
    const earnings = await freelancer.api.payment.earnings();
    expect(earnings.balances).toContainEqual({
      currency: "USD",
      available: 90_000,
      pending: 0,
      paid_out: 0,
    });
    const after = await client.api.contract.workspace({ id: contract.id });
    expect(after.milestones[0]!.money.state).toBe("released");
    await expectLedgerConsistent(db);
  });

  it("a declined card funds nothing and says why", async () => {
    const { client, contract, milestone } = await contractWithMilestone();
    const { payment } = (await client.api.payment.fundMilestone({
      milestoneId: milestone.id,
      card: cards.declined,
    })) as { payment: { status: string; failureMessage: string } };
    expect(payment).toMatchObject({ status: "failed", failureMessage: "Your card was declined." });
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    const [row] = await db.select().from(milestones).where(eq(milestones.id, milestone.id));
    expect(row!.status).toBe("pending");
  });

  it("a card that asks for authentication funds once the person confirms", async () => {
    const { client, contract, milestone } = await contractWithMilestone();
    const { payment } = await client.api.payment.fundMilestone({
      milestoneId: milestone.id,
      card: cards.authenticate,
    });
    expect(payment.status).toBe("requires_action");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    const confirmed = await client.api.payment.authenticate({
      paymentId: payment.id,
      approve: true,
    });
    expect(confirmed.status).toBe("succeeded");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(100_000);
    // Confirming again changes nothing.
    await client.api.payment.authenticate({ paymentId: payment.id, approve: true });
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(100_000);
  });

  it("issues a gapless numbered receipt per payment, visible to the client only", async () => {
    const { client, freelancer, milestone } = await contractWithMilestone();
    const { payment } = (await fund(client, milestone.id)) as { payment: { id: string } };
    const [receipt] = await db.select().from(invoices).where(eq(invoices.paymentId, payment.id));
    expect(receipt).toBeDefined();
    const shown = await client.api.payment.receipt({ id: receipt!.id });
    expect(shown.number).toMatch(/^GLD-\d{6}$/);
    await expect(freelancer.api.payment.receipt({ id: receipt!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const numbers = (await db.select({ n: invoices.number }).from(invoices))
      .map((r) => r.n)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it("releases a submitted milestone by itself after the review period, once", async () => {
    const { client, freelancer, contract, milestone } = await contractWithMilestone();
    await fund(client, milestone.id);
    await freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Done", links: [] });
    await runDelayed(db, "milestone.auto_release");
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBeGreaterThanOrEqual(
      90_000,
    );
    const [row] = await db.select().from(milestones).where(eq(milestones.id, milestone.id));
    expect(row!.status).toBe("approved");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    await expectLedgerConsistent(db);
  });

  it("the auto-release does nothing when the milestone changed meanwhile", async () => {
    const { client, freelancer, contract, milestone } = await contractWithMilestone();
    await fund(client, milestone.id);
    await freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Done", links: [] });
    await client.api.contract.requestChanges({
      id: milestone.id,
      reason: "Please add the footer.",
    });
    await runDelayed(db, "milestone.auto_release");
    const [row] = await db.select().from(milestones).where(eq(milestones.id, milestone.id));
    expect(row!.status).toBe("changes_requested");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(100_000);
  });

  it("refunds a funded milestone that is removed, and the difference when its amount is lowered", async () => {
    const { client, contract, milestone } = await contractWithMilestone();
    await fund(client, milestone.id);
    await client.api.contract.editMilestone({
      id: milestone.id,
      title: "Design",
      amountMinor: 60_000,
      dueDate: null,
    });
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(60_000);
    await client.api.contract.editMilestone({
      id: milestone.id,
      title: "Design",
      amountMinor: 80_000,
      dueDate: null,
    });
    const workspace = await client.api.contract.workspace({ id: contract.id });
    expect(workspace.milestones[0]!.money.state).toBe("underfunded");
    const topUp = (await fund(client, milestone.id)) as { payment: { amountMinor: number } };
    expect(topUp.payment.amountMinor).toBe(20_000);
    await client.api.contract.removeMilestone({ id: milestone.id });
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    const billing = await client.api.payment.billing();
    // 40,000 back when lowered; on removal the 80,000 held comes back against the newest payment
    // first (the 20,000 top-up), then the rest of the first.
    expect(billing.refunds.map((refund) => refund.amountMinor).sort((a, b) => a - b)).toEqual([
      20_000, 40_000, 60_000,
    ]);
    await runDueJobs(db);
    const refundRows = await client.api.payment.billing();
    expect(refundRows.refunds.every((refund) => refund.status === "succeeded")).toBe(true);
    await expectLedgerConsistent(db);
  });

  it("ending a contract refunds funded work nobody handed in", async () => {
    const { client, contract, milestone } = await contractWithMilestone();
    await fund(client, milestone.id);
    await client.api.contract.end({ id: contract.id });
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    const workspace = await client.api.contract.workspace({ id: contract.id });
    expect(workspace.milestones[0]!.money.state).toBe("refunded");
  });

  it("20 parallel approvals release once", async () => {
    const { client, freelancer, contract, milestone } = await contractWithMilestone();
    await fund(client, milestone.id);
    await freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Done", links: [] });
    const before = await balance(db, "available", { userId: freelancer.user.id });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => client.api.contract.approveMilestone({ id: milestone.id })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await balance(db, "available", { userId: freelancer.user.id })) - before).toBe(90_000);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
  });

  it("parallel funding of one milestone charges once", async () => {
    const { client, contract, milestone } = await contractWithMilestone();
    await Promise.allSettled(Array.from({ length: 5 }, () => fund(client, milestone.id)));
    const paid = await db.select().from(payments).where(eq(payments.milestoneId, milestone.id));
    expect(paid.filter((payment) => payment.status === "succeeded")).toHaveLength(1);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(100_000);
  });
});
