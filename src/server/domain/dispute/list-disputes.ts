import "server-only";

import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";

import { contracts, milestones } from "~/server/db/schema/contracts";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { projects } from "~/server/db/schema/projects";
import { disputes } from "~/server/db/schema/trust";
import { isProvenAdmin } from "~/server/domain/access/policy";
import type { DbOrTx } from "~/server/db/client";
import type { PersonContext } from "~/server/domain/context";
import { ForbiddenError } from "~/server/domain/errors";
import { loadContractForParty } from "~/server/domain/contract/load-contract";
import type { DisputeQueueInput } from "~/shared/schemas/dispute";
import { DAY_MS } from "~/shared/hourly/calendar";
import { escrowByItem } from "~/server/domain/money/escrow";
import {
  activeDisputeStatuses,
  DISPUTE_ANSWER_DAYS,
  DISPUTE_STALE_DAYS,
  isActiveDispute,
} from "~/shared/trust";
import { DISPUTABLE_MILESTONE } from "./open-dispute";
import { describeDisputed, disputeDeadlines, disputedItemColumns } from "./dispute-access";

/**
 * A contract's disputes, newest first, and what its parties could take to a new one: each
 * milestone or week escrow still holds money for that is open to a dispute and not in one.
 */
export async function contractDisputes({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { contractId: string };
}) {
  const contract = await loadContractForParty(ctx.db, ctx.actor, input.contractId);
  const rows = await ctx.db
    .select({ dispute: disputes, ...disputedItemColumns })
    .from(disputes)
    .leftJoin(milestones, eq(milestones.id, disputes.milestoneId))
    .leftJoin(timesheetWeeks, eq(timesheetWeeks.id, disputes.weekId))
    .where(eq(disputes.contractId, contract.id))
    .orderBy(desc(disputes.createdAt), desc(disputes.id));
  const list = rows.map(({ dispute, ...item }) => ({
    id: dispute.id,
    item: dispute.item,
    itemId: (dispute.milestoneId ?? dispute.weekId)!,
    what: describeDisputed(item),
    status: dispute.status,
    frozenMinor: dispute.frozenMinor,
    currency: dispute.currency,
    createdAt: dispute.createdAt,
  }));
  const running = new Set(
    list.filter((dispute) => isActiveDispute(dispute.status)).map((dispute) => dispute.itemId),
  );
  const disputable = (await disputableItems(ctx.db, contract)).filter(
    (item) => !running.has(item.itemId),
  );
  return { disputes: list, disputable };
}

/** Milestones and weeks of a contract with money held that `openDispute` would accept. */
async function disputableItems(db: DbOrTx, contract: typeof contracts.$inferSelect) {
  if (contract.kind === "hourly") {
    const [weeks, held] = await Promise.all([
      db
        .selectDistinct({ id: timesheetWeeks.id, weekStart: timesheetWeeks.weekStart })
        .from(timesheetWeeks)
        .innerJoin(
          timeEntries,
          and(eq(timeEntries.weekId, timesheetWeeks.id), eq(timeEntries.disputed, true)),
        )
        .where(eq(timesheetWeeks.contractId, contract.id))
        .orderBy(asc(timesheetWeeks.weekStart)),
      escrowByItem(db, contract.id, "week"),
    ]);
    return weeks.flatMap((week) => {
      const heldMinor = held.get(week.id)?.heldMinor ?? 0;
      return heldMinor > 0
        ? [
            {
              item: "week" as const,
              itemId: week.id,
              what: describeDisputed({ milestoneTitle: null, weekStart: week.weekStart }),
              heldMinor,
              currency: contract.currency,
            },
          ]
        : [];
    });
  }
  const [rows, held] = await Promise.all([
    db
      .select({ id: milestones.id, title: milestones.title })
      .from(milestones)
      .where(
        and(
          eq(milestones.contractId, contract.id),
          inArray(milestones.status, [...DISPUTABLE_MILESTONE]),
        ),
      )
      .orderBy(asc(milestones.createdAt), asc(milestones.id)),
    escrowByItem(db, contract.id, "milestone"),
  ]);
  return rows.flatMap((milestone) => {
    const heldMinor = held.get(milestone.id)?.heldMinor ?? 0;
    return heldMinor > 0
      ? [
          {
            item: "milestone" as const,
            itemId: milestone.id,
            what: describeDisputed({ milestoneTitle: milestone.title, weekStart: null }),
            heldMinor,
            currency: contract.currency,
          },
        ]
      : [];
  });
}

/**
 * The admins' queue: disputes by state (those still running by default), the longest
 * untouched first, keyset-paged on (last activity, id). Each says whether the other party
 * has let 5 days pass without a word, and whether 30 untouched days escalate it.
 */
export async function disputeQueue({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof DisputeQueueInput>;
}) {
  if (!isProvenAdmin(ctx.actor)) throw new ForbiddenError("Only Guild's admins see disputes.");
  const statuses = input.status ? [input.status] : [...activeDisputeStatuses];
  const [afterAt, afterId] = input.cursor ? input.cursor.split(":") : [];
  const rows = await queueRows(
    ctx.db,
    and(
      inArray(disputes.status, statuses),
      afterAt
        ? or(
            gt(disputes.lastActivityAt, new Date(Number(afterAt))),
            and(eq(disputes.lastActivityAt, new Date(Number(afterAt))), gt(disputes.id, afterId!)),
          )
        : undefined,
    ),
    input.limit + 1,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1)?.dispute;
  return {
    items: page.map(queueItem),
    nextCursor:
      rows.length > input.limit && last ? `${last.lastActivityAt.getTime()}:${last.id}` : null,
  };
}

/**
 * Disputes with their project's title and what they are about, the longest untouched first:
 * the rows of the admins' lists.
 */
function queueRows(db: DbOrTx, where: SQL | undefined, limit: number) {
  return db
    .select({ dispute: disputes, projectTitle: projects.title, ...disputedItemColumns })
    .from(disputes)
    .innerJoin(contracts, eq(contracts.id, disputes.contractId))
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .leftJoin(milestones, eq(milestones.id, disputes.milestoneId))
    .leftJoin(timesheetWeeks, eq(timesheetWeeks.id, disputes.weekId))
    .where(where)
    .orderBy(asc(disputes.lastActivityAt), asc(disputes.id))
    .limit(limit);
}

function queueItem({
  dispute,
  projectTitle,
  ...item
}: {
  dispute: typeof disputes.$inferSelect;
  projectTitle: string;
  milestoneTitle: string | null;
  weekStart: Date | null;
}) {
  return {
    id: dispute.id,
    projectTitle,
    what: describeDisputed(item),
    status: dispute.status,
    frozenMinor: dispute.frozenMinor,
    currency: dispute.currency,
    createdAt: dispute.createdAt,
    lastActivityAt: dispute.lastActivityAt,
    ...disputeDeadlines(dispute),
  };
}

/**
 * Running disputes an admin should look at, for the admin overview: those whose other party
 * let 5 days pass without a word, and those untouched for 30 days (escalated), the longest
 * untouched first.
 */
export async function disputesNeedingAttention({ ctx }: { ctx: PersonContext }) {
  if (!isProvenAdmin(ctx.actor)) throw new ForbiddenError("Only Guild's admins see disputes.");
  const now = Date.now();
  const rows = await queueRows(
    ctx.db,
    and(
      inArray(disputes.status, activeDisputeStatuses),
      or(
        lt(disputes.lastActivityAt, new Date(now - DISPUTE_STALE_DAYS * DAY_MS)),
        and(
          isNull(disputes.answeredAt),
          lt(disputes.createdAt, new Date(now - DISPUTE_ANSWER_DAYS * DAY_MS)),
        ),
      ),
    ),
    50,
  );
  return rows.map(queueItem);
}

/** How many disputes are running, for the admin navigation. */
export async function runningDisputeCount(db: DbOrTx) {
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(disputes)
    .where(inArray(disputes.status, activeDisputeStatuses));
  return row?.count ?? 0;
}
