import "server-only";

import { asc, eq, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { milestones } from "~/server/db/schema/contracts";
import { files } from "~/server/db/schema/files";
import { deliverableFiles } from "~/server/db/schema/messages";
import { milestoneEvents } from "~/server/db/schema/milestone-events";
import { fileSummary } from "~/server/domain/file/file-summary";

type NewEvent =
  | { kind: "submitted"; note: string; links: string[] }
  | { kind: "changes_requested"; reason: string }
  | { kind: "approved" };

/**
 * Adds one step to a milestone's history, in the caller's transaction, at the same instant as
 * the milestone row's own timestamp for it. Answers the step's id (it names the event).
 */
export async function recordMilestoneEvent(
  db: DbOrTx,
  milestoneId: string,
  at: Date,
  event: NewEvent,
) {
  const [step] = await db
    .insert(milestoneEvents)
    .values({ milestoneId, createdAt: at, ...event })
    .returning({ id: milestoneEvents.id });
  return step!.id;
}

/**
 * The history of every milestone of a contract, oldest first (in the order written when two
 * share a millisecond). The caller has checked that the
 * actor may see the contract.
 */
export async function milestoneHistory(db: DbOrTx, contractId: string) {
  const steps = await db
    .select({
      id: milestoneEvents.id,
      milestoneId: milestoneEvents.milestoneId,
      kind: milestoneEvents.kind,
      note: milestoneEvents.note,
      links: milestoneEvents.links,
      reason: milestoneEvents.reason,
      createdAt: milestoneEvents.createdAt,
    })
    .from(milestoneEvents)
    .innerJoin(milestones, eq(milestones.id, milestoneEvents.milestoneId))
    .where(eq(milestones.contractId, contractId))
    .orderBy(asc(milestoneEvents.createdAt), sql`${milestoneEvents}.rowid`);
  const delivered = await db
    .select({ eventId: deliverableFiles.milestoneEventId, file: files })
    .from(deliverableFiles)
    .innerJoin(files, eq(files.id, deliverableFiles.fileId))
    .innerJoin(milestones, eq(milestones.id, deliverableFiles.milestoneId))
    .where(eq(milestones.contractId, contractId))
    .orderBy(asc(deliverableFiles.position));
  return steps.map((step) => ({
    ...step,
    files: delivered.filter((row) => row.eventId === step.id).map((row) => fileSummary(row.file)),
  }));
}
