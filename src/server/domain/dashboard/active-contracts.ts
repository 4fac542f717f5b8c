import "server-only";

import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { contracts, milestones } from "~/server/db/schema/contracts";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { users } from "~/server/db/schema/users";
import { weekStartOf } from "~/shared/hourly/calendar";

/**
 * The actor's active contracts (as client or freelancer): fixed ones with milestone progress,
 * hourly ones with the time logged in the week `now` falls in; and the milestones still in
 * play on the fixed ones, those with a due date first, soonest first.
 */
export async function activeContractsOf(
  db: DbOrTx,
  userId: string,
  side: "client" | "freelancer",
  now: Date,
) {
  const thisWeek = new Date(weekStartOf(now.getTime()));
  const mine = side === "client" ? contracts.clientId : contracts.freelancerId;
  const other = side === "client" ? contracts.freelancerId : contracts.clientId;
  const rows = await db
    .select({
      id: contracts.id,
      projectTitle: projects.title,
      otherPartyName: users.name,
      kind: contracts.kind,
      amountMinor: contracts.amountMinor,
      hourlyRateMinor: contracts.hourlyRateMinor,
      weeklyLimitMinutes: contracts.weeklyLimitMinutes,
      currency: contracts.currency,
      startedAt: contracts.startedAt,
      minutesThisWeek: sql<number>`(select coalesce(sum(${timeEntries.minutes}), 0) from ${timeEntries} join ${timesheetWeeks} on ${timesheetWeeks.id} = ${timeEntries.weekId} where ${timesheetWeeks.contractId} = ${contracts.id} and ${timesheetWeeks.weekStart} = ${thisWeek.getTime()})`,
      milestoneCount: sql<number>`(select count(*) from ${milestones} where ${milestones.contractId} = ${contracts.id})`,
      approvedCount: sql<number>`(select count(*) from ${milestones} where ${milestones.contractId} = ${contracts.id} and ${milestones.status} = 'approved')`,
    })
    .from(contracts)
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .innerJoin(users, eq(users.id, other))
    .where(and(eq(mine, userId), eq(contracts.status, "active")))
    .orderBy(desc(contracts.startedAt))
    .limit(20);

  // Milestones an hourly contract kept from before hourly contracts are a record, not work.
  const fixed = rows.filter((row) => row.kind === "fixed");
  const due = fixed.length
    ? await db
        .select({
          id: milestones.id,
          contractId: milestones.contractId,
          title: milestones.title,
          amountMinor: milestones.amountMinor,
          status: milestones.status,
          dueDate: milestones.dueDate,
        })
        .from(milestones)
        .where(
          and(
            inArray(
              milestones.contractId,
              fixed.map((row) => row.id),
            ),
            inArray(milestones.status, ["pending", "submitted", "changes_requested"]),
          ),
        )
        .orderBy(
          sql`${milestones.dueDate} is null`,
          asc(milestones.dueDate),
          asc(milestones.createdAt),
        )
        .limit(20)
    : [];
  const titleOf = new Map(
    rows.map((row) => [row.id, { title: row.projectTitle, currency: row.currency }]),
  );
  return {
    contracts: rows,
    milestones: due.map((m) => ({
      ...m,
      projectTitle: titleOf.get(m.contractId)!.title,
      currency: titleOf.get(m.contractId)!.currency,
    })),
  };
}
