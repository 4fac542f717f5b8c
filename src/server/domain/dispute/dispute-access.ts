import "server-only";

import { and, eq, or } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { contracts, milestones } from "~/server/db/schema/contracts";
import { timesheetWeeks } from "~/server/db/schema/timesheets";
import { disputes } from "~/server/db/schema/trust";
import { users } from "~/server/db/schema/users";
import { isProvenAdmin } from "~/server/domain/access/policy";
import { personOf, type Actor } from "~/server/domain/actor";
import { NotFoundError } from "~/server/domain/errors";
import { formatDay } from "~/shared/format/dates";
import { DAY_MS } from "~/shared/hourly/calendar";
import { DISPUTE_ANSWER_DAYS, DISPUTE_STALE_DAYS } from "~/shared/trust";

export type DisputeRole = "client" | "freelancer" | "admin";

/**
 * A dispute the actor may see: one of a contract they are a party to, or any for an admin
 * with a 2FA-proven session. To anyone else it does not exist. Answers the dispute, its
 * contract and the actor's part in it (a party who is also an admin acts as the party).
 */
export async function disputeFor(db: DbOrTx, actor: Actor | null, disputeId: string) {
  const person = personOf(actor);
  if (!person || person.status !== "active")
    throw new NotFoundError("We couldn't find that dispute.");
  const admin = isProvenAdmin(actor);
  const [row] = await db
    .select({ dispute: disputes, contract: contracts })
    .from(disputes)
    .innerJoin(contracts, eq(contracts.id, disputes.contractId))
    .where(
      and(
        eq(disputes.id, disputeId),
        admin
          ? undefined
          : or(eq(contracts.clientId, person.id), eq(contracts.freelancerId, person.id)),
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that dispute.");
  const role: DisputeRole =
    row.contract.clientId === person.id
      ? "client"
      : row.contract.freelancerId === person.id
        ? "freelancer"
        : "admin";
  return { ...row, role };
}

/** What a dispute is about, in words: "“Design”" or "the week of Nov 30, 2026". */
export function describeDisputed(row: { milestoneTitle: string | null; weekStart: Date | null }) {
  if (row.milestoneTitle !== null) return `“${row.milestoneTitle}”`;
  return row.weekStart ? `the week of ${formatDay(row.weekStart)}` : "a week of hours";
}

/**
 * The columns `describeDisputed` needs, for a disputes query left-joined to `milestones` and
 * `timesheetWeeks` on the dispute's item: a list describes every row without a query each.
 */
export const disputedItemColumns = {
  milestoneTitle: milestones.title,
  weekStart: timesheetWeeks.weekStart,
};

/** What one dispute is about, in words. */
export async function disputedWhat(
  db: DbOrTx,
  dispute: { milestoneId: string | null; weekId: string | null },
) {
  const [milestone] = dispute.milestoneId
    ? await db
        .select({ title: milestones.title })
        .from(milestones)
        .where(eq(milestones.id, dispute.milestoneId))
    : [];
  const [week] = dispute.weekId
    ? await db
        .select({ weekStart: timesheetWeeks.weekStart })
        .from(timesheetWeeks)
        .where(eq(timesheetWeeks.id, dispute.weekId))
    : [];
  return describeDisputed({
    milestoneTitle: dispute.milestoneId ? (milestone?.title ?? "a milestone") : null,
    weekStart: week?.weekStart ?? null,
  });
}

/** The active admins, who hear of every dispute. */
export async function adminIds(db: DbOrTx) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.status, "active")));
  return rows.map((row) => row.id);
}

/** The page of a dispute for a party, and for an admin. */
export const disputeHref = (dispute: { id: string; contractId: string }, role: DisputeRole) =>
  role === "admin"
    ? `/admin/disputes/${dispute.id}`
    : `/contracts/${dispute.contractId}/disputes/${dispute.id}`;

/**
 * A running dispute's deadlines as of `now`: the other party let 5 days pass without a word
 * (`unanswered`), or nobody touched it for 30 (`stale`, escalated on the admin overview).
 */
export function disputeDeadlines(
  dispute: Pick<
    typeof disputes.$inferSelect,
    "status" | "answeredAt" | "createdAt" | "lastActivityAt"
  >,
  now = Date.now(),
) {
  const active = dispute.status === "open" || dispute.status === "under_review";
  return {
    unanswered:
      active &&
      !dispute.answeredAt &&
      now - dispute.createdAt.getTime() >= DISPUTE_ANSWER_DAYS * DAY_MS,
    stale: active && now - dispute.lastActivityAt.getTime() >= DISPUTE_STALE_DAYS * DAY_MS,
  };
}
