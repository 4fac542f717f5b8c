import "server-only";

import { and, asc, desc, eq, gt, inArray, lt, or, sql } from "drizzle-orm";
import type { z } from "zod";

import { contracts } from "~/server/db/schema/contracts";
import { projects } from "~/server/db/schema/projects";
import { disputes } from "~/server/db/schema/trust";
import { isProvenAdmin } from "~/server/domain/access/policy";
import type { DbOrTx } from "~/server/db/client";
import type { PersonContext } from "~/server/domain/context";
import { ForbiddenError } from "~/server/domain/errors";
import { loadContractForParty } from "~/server/domain/contract/load-contract";
import type { DisputeQueueInput } from "~/shared/schemas/dispute";
import { DAY_MS } from "~/shared/hourly/calendar";
import { activeDisputeStatuses, DISPUTE_STALE_DAYS } from "~/shared/trust";
import { disputeDeadlines, disputedWhat } from "./dispute-access";

/** A contract's disputes, newest first, for its parties (the contract page lists them). */
export async function contractDisputes({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { contractId: string };
}) {
  const contract = await loadContractForParty(ctx.db, ctx.actor, input.contractId);
  const rows = await ctx.db
    .select()
    .from(disputes)
    .where(eq(disputes.contractId, contract.id))
    .orderBy(desc(disputes.createdAt));
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      item: row.item,
      itemId: (row.milestoneId ?? row.weekId)!,
      what: await disputedWhat(ctx.db, row),
      status: row.status,
      frozenMinor: row.frozenMinor,
      currency: row.currency,
      createdAt: row.createdAt,
    })),
  );
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
  const rows = await ctx.db
    .select({ dispute: disputes, projectTitle: projects.title })
    .from(disputes)
    .innerJoin(contracts, eq(contracts.id, disputes.contractId))
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .where(
      and(
        inArray(disputes.status, statuses),
        afterAt
          ? or(
              gt(disputes.lastActivityAt, new Date(Number(afterAt))),
              and(
                eq(disputes.lastActivityAt, new Date(Number(afterAt))),
                gt(disputes.id, afterId!),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(asc(disputes.lastActivityAt), asc(disputes.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1)?.dispute;
  return {
    items: await Promise.all(page.map((row) => queueItem(ctx.db, row))),
    nextCursor:
      rows.length > input.limit && last ? `${last.lastActivityAt.getTime()}:${last.id}` : null,
  };
}

async function queueItem(
  db: DbOrTx,
  { dispute, projectTitle }: { dispute: typeof disputes.$inferSelect; projectTitle: string },
) {
  return {
    id: dispute.id,
    projectTitle,
    what: await disputedWhat(db, dispute),
    status: dispute.status,
    frozenMinor: dispute.frozenMinor,
    currency: dispute.currency,
    createdAt: dispute.createdAt,
    lastActivityAt: dispute.lastActivityAt,
    ...disputeDeadlines(dispute),
  };
}

/** Running disputes untouched for 30 days, for the admin overview (escalated). */
export async function staleDisputes({ ctx }: { ctx: PersonContext }) {
  if (!isProvenAdmin(ctx.actor)) throw new ForbiddenError("Only Guild's admins see disputes.");
  const before = new Date(Date.now() - DISPUTE_STALE_DAYS * DAY_MS);
  const rows = await ctx.db
    .select({ dispute: disputes, projectTitle: projects.title })
    .from(disputes)
    .innerJoin(contracts, eq(contracts.id, disputes.contractId))
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .where(
      and(inArray(disputes.status, activeDisputeStatuses), lt(disputes.lastActivityAt, before)),
    )
    .orderBy(asc(disputes.lastActivityAt))
    .limit(50);
  return Promise.all(rows.map((row) => queueItem(ctx.db, row)));
}

/** How many disputes are running, for the admin navigation. */
export async function runningDisputeCount(db: DbOrTx) {
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(disputes)
    .where(inArray(disputes.status, activeDisputeStatuses));
  return row?.count ?? 0;
}
