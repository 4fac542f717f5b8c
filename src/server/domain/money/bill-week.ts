import "server-only";

import { and, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { ledgerTransactions, paymentMethods, payments } from "~/server/db/schema/money";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { disputes } from "~/server/db/schema/trust";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { notify } from "~/server/domain/notification/notify";
import { projectTitle } from "~/server/domain/notification/notices";
import { readWeek } from "~/server/domain/timesheet/week-state";
import { logger } from "~/server/observability/logger";
import { formatDay } from "~/shared/format/dates";
import { amountForMinutes } from "~/shared/hourly/amount";
import { DAY_MS } from "~/shared/hourly/calendar";
import { chargeRequestFor } from "./charge-request";
import { heldFor } from "./escrow";
import { activeDispute } from "./frozen";
import { refundEscrow } from "./refund-escrow";
import { releaseEscrow } from "./release-escrow";
import { moneyOf } from "./settings";
import { settlePayment } from "./settle-payment";

export type WeekBilling =
  "nothing" | "waiting" | "no_card" | "charged" | "failed" | "released" | "frozen";

/**
 * Bills one week of hours. Once a week goes to the client (submitted, or by itself when
 * logging closes) their saved card is charged for it, capped by the weekly limit, and the
 * money is held in escrow through the review period. Once approved (by the client, or by the
 * review period passing) it is released to the freelancer less the fee; a week whose amount
 * fell (entries corrected after a dispute) refunds the difference first, one whose amount
 * rose is charged the difference first. A disputed week holds everything until resolved.
 */
export async function billWeek(
  ctx: DomainContext,
  weekId: string,
  now: Date,
): Promise<WeekBilling> {
  const [row] = await ctx.db
    .select({ week: timesheetWeeks, contract: contracts })
    .from(timesheetWeeks)
    .innerJoin(contracts, eq(contracts.id, timesheetWeeks.contractId))
    .where(eq(timesheetWeeks.id, weekId));
  if (!row) return "nothing";
  const { week, contract } = row;
  // A dispute decides the week's money: frozen while it runs, settled by its resolution.
  if (await activeDispute(ctx.db, "week", week.id)) return "frozen";
  if (await settledByDispute(ctx.db, week.id)) return "nothing";
  const reading = readWeek(week, now);
  if (reading.state === "open") return "nothing";
  const [{ minutes } = { minutes: 0 }] = await ctx.db
    .select({ minutes: sql<number>`coalesce(sum(${timeEntries.minutes}), 0)` })
    .from(timeEntries)
    .where(eq(timeEntries.weekId, week.id));
  const billable = amountForMinutes(Math.min(minutes, week.limitMinutes), week.rateMinor);
  const held = await heldFor(ctx.db, contract.id, "week", week.id);
  if (held.releasedMinor > 0) return "released";
  const what = `the week of ${formatDay(week.weekStart)}`;
  const approved = reading.state === "approved" || reading.state === "auto_approved";

  if (held.heldMinor < billable) {
    const charged = await chargeWeek(ctx, {
      week,
      contract,
      what,
      dueMinor: billable - held.heldMinor,
      now,
    });
    // An approved week whose (rest of the) money just arrived is released in the same run.
    return charged === "charged" && approved ? billWeek(ctx, weekId, now) : charged;
  }
  if (!approved) return held.heldMinor > 0 ? "charged" : "nothing";
  const released = await withTransaction(ctx, async (tx) => {
    if (held.heldMinor > billable)
      await refundEscrow(tx, {
        contract,
        item: "week",
        itemId: week.id,
        what,
        reason: "the week's approved hours came to less than was charged",
        amountMinor: held.heldMinor - billable,
      });
    return releaseEscrow(tx, {
      contract,
      item: "week",
      itemId: week.id,
      what,
      automatic: reading.state === "auto_approved",
    });
  });
  return released ? "released" : "nothing";
}

async function chargeWeek(
  ctx: DomainContext,
  args: {
    week: typeof timesheetWeeks.$inferSelect;
    contract: typeof contracts.$inferSelect;
    what: string;
    dueMinor: number;
    now: Date;
  },
): Promise<WeekBilling> {
  const { week, contract } = args;
  const provider = moneyOf(ctx).provider;
  const [method] = await ctx.db
    .select()
    .from(paymentMethods)
    .where(eq(paymentMethods.userId, contract.clientId));
  const [open] = await ctx.db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(eq(payments.weekId, week.id), inArray(payments.status, ["pending", "requires_action"])),
    );
  if (open) return "waiting";
  const [lastFailure] = await ctx.db
    .select({ at: payments.updatedAt })
    .from(payments)
    .where(and(eq(payments.weekId, week.id), eq(payments.status, "failed")))
    .orderBy(desc(payments.updatedAt))
    .limit(1);
  if (!method) {
    await notify(ctx, {
      userId: contract.clientId,
      kind: "payment.failed",
      eventKey: `payment.card_needed:${week.id}`,
      title: `Add a card to pay for ${args.what} on “${await projectTitle(ctx.db, contract.projectId)}”.`,
      body: "Hourly weeks are charged to your saved card when they come to you for review.",
      href: "/billing",
    });
    return "no_card";
  }
  // A card that failed is not tried again until the client saves one (or a day passes).
  if (
    lastFailure &&
    lastFailure.at >= method.updatedAt &&
    lastFailure.at.getTime() > args.now.getTime() - DAY_MS
  )
    return "failed";

  const payment = await withTransaction(ctx, async (tx) => {
    const id = crypto.randomUUID();
    const [created] = await tx.db
      .insert(payments)
      .values({
        id,
        clientId: contract.clientId,
        contractId: contract.id,
        purpose: "week",
        weekId: week.id,
        description: args.what,
        amountMinor: args.dueMinor,
        currency: contract.currency,
        provider: provider.name,
        idempotencyKey: `payment:${id}`,
        cardLabel: method.label,
        customerRef: method.customerRef,
        methodRef: method.methodRef,
      })
      .onConflictDoNothing()
      .returning();
    return created;
  });
  if (!payment) return "waiting";
  try {
    const result = await provider.createCharge(chargeRequestFor(payment));
    const settled = await settlePayment(ctx, payment.id, result);
    return settled.status === "succeeded"
      ? "charged"
      : settled.status === "failed"
        ? "failed"
        : "waiting";
  } catch (error) {
    logger.warn(
      { err: error, paymentId: payment.id },
      "charging a week failed to reach the provider",
    );
    return "waiting";
  }
}

/** How far back the `timesheet.bill` run looks for weeks not yet released. */
export const BILLING_LOOKBACK_MS = 60 * DAY_MS;

/**
 * The `timesheet.bill` job: every week of the last 60 days that is not released yet gets
 * `billWeek` (which does nothing for open weeks and weeks already as they should be).
 */
export async function billWeeks(ctx: DomainContext, now: Date) {
  const weeks = await ctx.db
    .select({ id: timesheetWeeks.id })
    .from(timesheetWeeks)
    .leftJoin(
      ledgerTransactions,
      eq(ledgerTransactions.idempotencyKey, sql`'release:week:' || ${timesheetWeeks.id}`),
    )
    .where(
      and(
        gte(timesheetWeeks.weekStart, new Date(now.getTime() - BILLING_LOOKBACK_MS)),
        isNull(ledgerTransactions.id),
      ),
    );
  const counts: Partial<Record<WeekBilling, number>> = {};
  for (const { id } of weeks) {
    const outcome = await billWeek(ctx, id, now);
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

/** Whether a dispute's resolution already settled the week's money (release, refund or split). */
async function settledByDispute(db: DomainContext["db"], weekId: string) {
  const [settled] = await db
    .select({ id: disputes.id })
    .from(disputes)
    .where(and(eq(disputes.weekId, weekId), eq(disputes.status, "resolved")))
    .limit(1);
  return settled !== undefined;
}
