import "server-only";

import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";

import type { DbOrTx } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { contractAmendments, contracts, milestones } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { actingAs, contractAs, partyTo, type Party } from "./load-contract";
import type {
  AddMilestoneInput,
  RequestChangesInput,
  SubmitMilestoneInput,
} from "~/shared/schemas/contract";

/**
 * A milestone of a contract the actor is a party to, as `party`. Someone else's milestone
 * and one that never existed read the same: the query only finds the actor's own.
 */
async function milestoneAs(db: DbOrTx, ctx: PersonContext, id: string, party: Party) {
  const [row] = await db
    .select({ milestone: milestones, contract: contracts })
    .from(milestones)
    .innerJoin(contracts, eq(contracts.id, milestones.contractId))
    .where(and(eq(milestones.id, id), partyTo(ctx.actor)))
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that milestone.");
  return { milestone: row.milestone, contract: actingAs(ctx, row.contract, party) };
}

/** What the milestones of a contract add up to, in minor units. */
export async function plannedTotal(db: DbOrTx, contractId: string) {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${milestones.amountMinor}), 0)` })
    .from(milestones)
    .where(eq(milestones.contractId, contractId));
  return Number(row?.total ?? 0);
}

/** The client plans a milestone; together they may not exceed the contract's amount. */
export async function addMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof AddMilestoneInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    const contract = await contractAs(db, ctx, input.contractId, "client");
    if ((await plannedTotal(db, contract.id)) + input.amountMinor > contract.amountMinor) {
      throw new ConflictError(
        "Milestones would add up to more than the contract amount. Lower this one, or agree a new amount first.",
      );
    }
    const [milestone] = await db
      .insert(milestones)
      .values({
        contractId: contract.id,
        title: input.title,
        amountMinor: input.amountMinor,
        dueDate: input.dueDate,
      })
      .returning();
    return milestone!;
  });
}

/** The freelancer hands in a milestone that is pending, or that the client sent back. */
export async function submitMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SubmitMilestoneInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    await milestoneAs(db, ctx, input.id, "freelancer");
    const [updated] = await db
      .update(milestones)
      .set({
        status: "submitted",
        submissionNote: input.note,
        submissionLinks: input.links,
        submittedAt: new Date(),
      })
      .where(
        and(
          eq(milestones.id, input.id),
          inArray(milestones.status, ["pending", "changes_requested"]),
        ),
      )
      .returning();
    if (!updated)
      throw new ConflictError(
        "Only a pending milestone, or one sent back for changes, can be submitted.",
      );
    return updated;
  });
}

/** The client sends a submitted milestone back, saying why. */
export async function requestChanges({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof RequestChangesInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    await milestoneAs(db, ctx, input.id, "client");
    const [updated] = await db
      .update(milestones)
      .set({ status: "changes_requested", changesReason: input.reason })
      .where(and(eq(milestones.id, input.id), eq(milestones.status, "submitted")))
      .returning();
    if (!updated) throw new ConflictError("Only a submitted milestone can be sent back.");
    return updated;
  });
}

/**
 * The work is over: the contract becomes `completed` (every milestone approved) or `ended`
 * (the client stopped it early) and its project completes, in the caller's transaction.
 */
async function finish(
  db: DbOrTx,
  contract: { id: string; projectId: string },
  status: "completed" | "ended",
) {
  await db
    .update(contracts)
    .set({ status, completedAt: new Date() })
    .where(eq(contracts.id, contract.id));
  await db.update(projects).set({ status: "completed" }).where(eq(projects.id, contract.projectId));
  // A change to the amount nobody answered has nothing left to change.
  await db
    .update(contractAmendments)
    .set({ status: "withdrawn", decidedAt: new Date() })
    .where(
      and(eq(contractAmendments.contractId, contract.id), eq(contractAmendments.status, "pending")),
    );
}

/** The client approves a submitted milestone; the last approval completes the contract and project. */
export async function approveMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { contract } = await milestoneAs(db, ctx, input.id, "client");
    const [updated] = await db
      .update(milestones)
      .set({ status: "approved", approvedAt: new Date() })
      .where(and(eq(milestones.id, input.id), eq(milestones.status, "submitted")))
      .returning();
    if (!updated) throw new ConflictError("Only a submitted milestone can be approved.");
    const open = await db.$count(
      milestones,
      and(eq(milestones.contractId, contract.id), ne(milestones.status, "approved")),
    );
    if (open === 0) await finish(db, contract, "completed");
    return { milestone: updated, contractCompleted: open === 0 };
  });
}

/**
 * The client ends the contract early: it stops now, whatever milestones remain, as `ended`
 * (so a profile's completed-contract count is only work carried through), and both parties
 * may review each other.
 */
export async function endContract({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return withTransaction(ctx, async ({ db }) => {
    const contract = await contractAs(db, ctx, input.id, "client");
    await finish(db, contract, "ended");
    return { id: contract.id, status: "ended" as const };
  });
}
