import type { milestones } from "~/server/db/schema/contracts";
import type { milestoneEvents } from "~/server/db/schema/milestone-events";
import { seedId } from "./random";

type Milestone = typeof milestones.$inferInsert;
type MilestoneEvent = typeof milestoneEvents.$inferInsert;

/**
 * The history a seeded milestone would have if people had made it through the app: its hand-in
 * at `submittedAt`, the request for changes when it was sent back, the approval.
 */
export function milestoneHistoryOf(milestone: Milestone): MilestoneEvent[] {
  const id = milestone.id!;
  const events: MilestoneEvent[] = [];
  if (milestone.submittedAt && milestone.submissionNote) {
    events.push({
      id: seedId(`milestone-event:${id}:submitted`),
      milestoneId: id,
      kind: "submitted",
      note: milestone.submissionNote,
      links: milestone.submissionLinks ?? [],
      createdAt: milestone.submittedAt,
    });
  }
  if (milestone.status === "changes_requested" && milestone.changesReason) {
    events.push({
      id: seedId(`milestone-event:${id}:changes_requested`),
      milestoneId: id,
      kind: "changes_requested",
      reason: milestone.changesReason,
      createdAt: milestone.updatedAt ?? milestone.submittedAt ?? new Date(),
    });
  }
  if (milestone.status === "approved" && milestone.approvedAt) {
    events.push({
      id: seedId(`milestone-event:${id}:approved`),
      milestoneId: id,
      kind: "approved",
      createdAt: milestone.approvedAt,
    });
  }
  return events;
}
