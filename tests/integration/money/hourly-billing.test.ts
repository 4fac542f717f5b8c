import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { notifications } from "~/server/db/schema/notifications";
import { payments } from "~/server/db/schema/money";
import { timesheetWeeks } from "~/server/db/schema/timesheets";
import { billWeek, billWeeks } from "~/server/domain/money/bill-week";
import { runDueJobs } from "~/server/jobs/drain";
import { DAY_MS, WEEK_MS } from "~/shared/hourly/calendar";
import { hiredHourlyContract } from "../../helpers/marketplace";
import { balance, cards, expectLedgerConsistent } from "../../helpers/money";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const system = () => ({ db, actor: { kind: "system" as const, job: "timesheet.bill" } });
const today = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
};

async function weekOfWork(
  minutes: number[],
  { weeklyLimitHours }: { weeklyLimitHours?: number } = {},
) {
  const hired = await hiredHourlyContract(db, { rateMinor: 6_000, weeklyLimitHours });
  let weekId = "";
  for (const [n, span] of minutes.entries()) {
    const entry = await hired.freelancer.api.timesheet.logTime({
      contractId: hired.contract.id,
      workDate: today().toISOString().slice(0, 10),
      minutes: span,
      description: `Work block ${n + 1}`,
    });
    weekId = entry.weekId;
  }
  return { ...hired, weekId };
}

describe("hourly billing", () => {
  it("charges the saved card when the week goes to the client and releases it less the fee once approved", async () => {
    const { client, freelancer, contract, weekId } = await weekOfWork([120, 90]);
    await client.api.payment.saveCard({ card: cards.visa });
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await runDueJobs(db); // the bill_week job the submission enqueued
    // 3.5 hours at $60 = $210, held through the review period.
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(21_000);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(0);

    await client.api.timesheet.approveWeek({ id: weekId });
    await runDueJobs(db);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(18_900);
    // Running the billing again changes nothing.
    expect(await billWeek(system(), weekId, new Date())).toBe("released");
    await billWeeks(system(), new Date());
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(18_900);
    await expectLedgerConsistent(db);
  });

  it("releases a week approved by time when its review period passes", async () => {
    const { client, freelancer, contract, weekId } = await weekOfWork([60]);
    await client.api.payment.saveCard({ card: cards.visa });
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await runDueJobs(db);
    expect(await billWeek(system(), weekId, new Date(Date.now() + 2 * WEEK_MS))).toBe("released");
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(5_400);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
  });

  it("bills no more than the week's limit, whatever time is on record", async () => {
    const { client, freelancer, contract, weekId } = await weekOfWork([600], {
      weeklyLimitHours: 10,
    });
    await client.api.payment.saveCard({ card: cards.visa });
    // Logging refuses time over the limit; billing caps it all the same (time recorded before a
    // limit existed, or written by an import, is never billed beyond it).
    await db.update(timesheetWeeks).set({ limitMinutes: 300 }).where(eq(timesheetWeeks.id, weekId));
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await runDueJobs(db);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(30_000);
  });

  it("asks a client with no card to add one, and charges once they do", async () => {
    const { client, freelancer, contract, weekId } = await weekOfWork([60]);
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await runDueJobs(db);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    const asked = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, client.user.id), eq(notifications.kind, "payment.failed")),
      );
    expect(asked).toHaveLength(1);
    expect(asked[0]!.title).toMatch(/Add a card/);
    await client.api.payment.saveCard({ card: cards.visa });
    expect(await billWeek(system(), weekId, new Date())).toBe("charged");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(6_000);
  });

  it("tells the client when their saved card is declined and does not retry it until they change it", async () => {
    const { client, freelancer, weekId } = await weekOfWork([60]);
    await client.api.payment.saveCard({ card: { ...cards.visa, number: "4000 0025 0000 3155" } });
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await runDueJobs(db);
    const tried = await db.select().from(payments).where(eq(payments.weekId, weekId));
    expect(tried.map((payment) => payment.status)).toEqual(["failed"]);
    expect(await billWeek(system(), weekId, new Date())).toBe("failed");
    expect(await db.$count(payments, eq(payments.weekId, weekId))).toBe(1);
    const told = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, client.user.id), eq(notifications.kind, "payment.failed")),
      );
    expect(told.map((notice) => notice.title)).toContainEqual(expect.stringMatching(/failed/));
  });

  it("holds a disputed week until it is approved", async () => {
    const { client, freelancer, contract, weekId } = await weekOfWork([60, 30]);
    await client.api.payment.saveCard({ card: cards.visa });
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await runDueJobs(db);
    const sheet = await client.api.timesheet.get({ contractId: contract.id });
    const week = sheet.weeks.find((candidate) => candidate.id === weekId)!;
    await client.api.timesheet.disputeWeek({
      id: weekId,
      entryIds: [week.entries[0]!.id],
      reason: "That block was the kickoff call we agreed not to bill.",
    });
    expect(await billWeek(system(), weekId, new Date(Date.now() + 30 * DAY_MS))).toBe("charged");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(9_000);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(0);
  });
});
