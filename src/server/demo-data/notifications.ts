import type { notifications } from "~/server/db/schema/notifications";
import type { Notice } from "~/server/domain/notification/notify";
import {
  milestoneStep,
  proposalDeclined,
  proposalHired,
  proposalReceived,
  proposalShortlisted,
  reviewReceived,
} from "~/server/domain/notification/notices";
import { DAY_MS } from "~/shared/hourly/calendar";
import type { ProjectPlan } from "./project-plan";
import { seedId } from "./random";

/** Demo bells hold the last month's events; those older than a few days have been read. */
const KEPT_MS = 30 * DAY_MS;
const UNREAD_MS = 3 * DAY_MS;

export type NotificationRow = typeof notifications.$inferInsert;

const ms = (at: Date | number | undefined | null) =>
  at instanceof Date ? at.getTime() : (at ?? null);

/**
 * The notifications a project's seeded history would have written, in the sentences the
 * domain writes (notices.ts): proposals received, shortlisted, declined and hired, milestones
 * submitted and approved, reviews received. Deterministic, so a re-seed adds nothing.
 */
export function notificationsOf(
  plan: ProjectPlan,
  { nameOf, now }: { nameOf: (userId: string) => string; now: number },
): NotificationRow[] {
  const { project, contract } = plan;
  const rows: NotificationRow[] = [];
  const add = (notice: Notice, at: number | null) => {
    if (at === null || at > now || now - at > KEPT_MS) return;
    rows.push({
      id: seedId(`notification:${notice.userId}:${notice.eventKey}`),
      ...notice,
      body: notice.body ?? null,
      createdAt: new Date(at),
      readAt: now - at > UNREAD_MS ? new Date(at + 60 * 60_000) : null,
    });
  };
  const client = nameOf(project.clientId);
  const subject = { id: project.id!, title: project.title };

  for (const proposal of plan.proposals) {
    const sent = ms(proposal.createdAt);
    const shaped = { id: proposal.id!, freelancerId: proposal.freelancerId };
    add(
      proposalReceived({
        by: nameOf(proposal.freelancerId),
        clientId: project.clientId,
        project: { ...subject, budgetType: project.budgetType ?? "fixed" },
        proposal: { id: proposal.id!, bidMinor: proposal.bidMinor, currency: proposal.currency },
      }),
      sent,
    );
    const decided = ms(proposal.updatedAt) ?? sent;
    if (proposal.status === "shortlisted")
      add(proposalShortlisted({ by: client, project: subject, proposal: shaped }), decided);
    if (proposal.status === "rejected")
      add(
        proposalDeclined({ by: client, project: subject, proposal: shaped, because: "rejected" }),
        decided,
      );
    if (proposal.status === "accepted" && contract)
      add(
        proposalHired({ by: client, project: subject, proposal: shaped, contractId: contract.id! }),
        ms(contract.startedAt) ?? decided,
      );
  }

  if (contract) {
    const shaped = {
      id: contract.id!,
      clientId: contract.clientId,
      freelancerId: contract.freelancerId,
      currency: contract.currency,
    };
    for (const milestone of plan.milestones) {
      const common = { projectTitle: project.title, contract: shaped, milestone };
      if (milestone.submittedAt)
        add(
          milestoneStep({
            ...common,
            by: nameOf(contract.freelancerId),
            eventId: `${milestone.id}:submitted`,
            step: "submitted",
            detail: milestone.submissionNote,
          }),
          ms(milestone.submittedAt),
        );
      if (milestone.approvedAt)
        add(
          milestoneStep({
            ...common,
            by: client,
            eventId: `${milestone.id}:approved`,
            step: "approved",
          }),
          ms(milestone.approvedAt),
        );
    }
  }

  for (const review of plan.reviews)
    add(
      reviewReceived({
        by: nameOf(review.reviewerId),
        projectTitle: project.title,
        review: { ...review, id: review.id! },
      }),
      ms(review.createdAt),
    );
  return rows;
}
