import "server-only";

import { eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { formatDay } from "~/shared/format/dates";
import { formatBid, formatMoney } from "~/shared/format/money";
import type { Notice } from "./notify";

/**
 * The sentence each event tells the person it concerns, in one place so they read alike: who
 * did what to which thing. `by` is the actor's name; titles are quoted as people typed them
 * (escaped where they are shown, never here).
 */

const q = (title: string) => `“${title}”`;
const projectPage = (id: string) => `/projects/${id}`;
const contractPage = (id: string) => `/contracts/${id}`;
const weekOf = (weekStart: Date) => `the week of ${formatDay(weekStart)}`;

interface Project {
  id: string;
  title: string;
}
interface Proposal {
  id: string;
  freelancerId: string;
}
interface Contract {
  id: string;
  clientId: string;
  freelancerId: string;
  currency: string;
}

/** The title of a contract's project, for sentences about its work. */
export async function projectTitle(db: DbOrTx, projectId: string) {
  const [row] = await db
    .select({ title: projects.title })
    .from(projects)
    .where(eq(projects.id, projectId))
    .limit(1);
  return row?.title ?? "your project";
}

export function proposalReceived(args: {
  by: string;
  clientId: string;
  project: Project & { budgetType: "fixed" | "hourly" };
  proposal: { id: string; bidMinor: number; currency: string };
}): Notice {
  const { by, project, proposal } = args;
  const bid = formatBid(proposal.bidMinor, proposal.currency, project.budgetType, {
    spelled: true,
  });
  return {
    userId: args.clientId,
    kind: "proposal.received",
    eventKey: `proposal.received:${proposal.id}`,
    title: `${by} sent a proposal for ${q(project.title)}.`,
    body: `Their bid: ${bid}.`,
    href: `/my/projects/${project.id}`,
  };
}

export function proposalShortlisted(args: { by: string; project: Project; proposal: Proposal }) {
  const { by, project, proposal } = args;
  return {
    userId: proposal.freelancerId,
    kind: "proposal.shortlisted",
    eventKey: `proposal.shortlisted:${proposal.id}`,
    title: `${by} shortlisted your proposal for ${q(project.title)}.`,
    href: projectPage(project.id),
  } satisfies Notice;
}

/** Why a proposal was declined: the client said no, hired someone else, or closed the project. */
export type DeclinedBecause = "rejected" | "hired_another" | "project_closed";

export function proposalDeclined(args: {
  by: string;
  project: Project;
  proposal: Proposal;
  because: DeclinedBecause;
}): Notice {
  const { by, project, proposal } = args;
  const title = {
    rejected: `${by} declined your proposal for ${q(project.title)}.`,
    hired_another: `${by} hired someone else for ${q(project.title)}, so your proposal was declined.`,
    project_closed: `${by} closed ${q(project.title)}, so your proposal was declined.`,
  }[args.because];
  return {
    userId: proposal.freelancerId,
    kind: "proposal.declined",
    eventKey: `proposal.declined:${proposal.id}`,
    title,
    href: projectPage(project.id),
  };
}

export function proposalHired(args: {
  by: string;
  project: Project;
  proposal: Proposal;
  contractId: string;
}): Notice {
  const { by, project, proposal } = args;
  return {
    userId: proposal.freelancerId,
    kind: "proposal.hired",
    eventKey: `proposal.hired:${proposal.id}`,
    title: `${by} accepted your proposal and hired you for ${q(project.title)}.`,
    href: contractPage(args.contractId),
  };
}

export function invitationReceived(args: {
  by: string;
  project: Project;
  invitation: { id: string; freelancerId: string; message: string | null };
}): Notice {
  const { by, project, invitation } = args;
  return {
    userId: invitation.freelancerId,
    kind: "invitation.received",
    eventKey: `invitation.received:${invitation.id}`,
    title: `${by} invited you to send a proposal for ${q(project.title)}.`,
    body: invitation.message,
    href: projectPage(project.id),
  };
}

interface Milestone {
  id: string;
  title: string;
  amountMinor: number;
  dueDate: Date | null;
}
const milestoneTerms = (m: Milestone, currency: string) =>
  `${formatMoney(m.amountMinor, currency)}${m.dueDate ? `, due ${formatDay(m.dueDate)}` : ", no due date"}.`;

export function milestonePlanned(args: {
  by: string;
  projectTitle: string;
  contract: Contract;
  milestone: Milestone;
}): Notice {
  const { by, contract, milestone } = args;
  return {
    userId: contract.freelancerId,
    kind: "milestone.planned",
    eventKey: `milestone.planned:${milestone.id}`,
    title: `${by} added the milestone ${q(milestone.title)} to ${q(args.projectTitle)}.`,
    body: milestoneTerms(milestone, contract.currency),
    href: contractPage(contract.id),
  };
}

/** `editedAt` tells one edit from the next: each is an event of its own. */
export function milestoneEdited(args: {
  by: string;
  projectTitle: string;
  contract: Contract;
  milestone: Milestone & { updatedAt: Date };
}): Notice {
  const { by, contract, milestone } = args;
  return {
    userId: contract.freelancerId,
    kind: "milestone.edited",
    eventKey: `milestone.edited:${milestone.id}:${milestone.updatedAt.getTime()}`,
    title: `${by} changed the milestone ${q(milestone.title)} on ${q(args.projectTitle)}.`,
    body: `Now ${milestoneTerms(milestone, contract.currency)}`,
    href: contractPage(contract.id),
  };
}

/** Taking a milestone out of the plan is a change to it too (the same kind as an edit). */
export function milestoneRemoved(args: {
  by: string;
  projectTitle: string;
  contract: Contract;
  milestone: { id: string; title: string };
}): Notice {
  const { by, contract, milestone } = args;
  return {
    userId: contract.freelancerId,
    kind: "milestone.edited",
    eventKey: `milestone.removed:${milestone.id}`,
    title: `${by} removed the milestone ${q(milestone.title)} from ${q(args.projectTitle)}.`,
    href: contractPage(contract.id),
  };
}

/** A step of a milestone's history (`eventId`), told to the party who did not take it. */
export function milestoneStep(args: {
  by: string;
  projectTitle: string;
  contract: Contract;
  milestone: { title: string };
  eventId: string;
  step: "submitted" | "changes_requested" | "approved";
  detail?: string | null;
}): Notice {
  const { by, contract, milestone, step } = args;
  const m = q(milestone.title);
  const on = q(args.projectTitle);
  const title = {
    submitted: `${by} submitted ${m} on ${on} for your review.`,
    changes_requested: `${by} asked for changes to ${m} on ${on}.`,
    approved: `${by} approved ${m} on ${on}.`,
  }[step];
  return {
    userId: step === "submitted" ? contract.clientId : contract.freelancerId,
    kind: `milestone.${step}`,
    eventKey: `milestone.${step}:${args.eventId}`,
    title,
    body: args.detail,
    href: contractPage(contract.id),
  };
}

export function amendmentProposed(args: {
  by: string;
  projectTitle: string;
  contract: Contract;
  amendment: { id: string; amountMinor: number; previousAmountMinor: number; reason: string };
}): Notice {
  const { by, contract, amendment } = args;
  const from = formatMoney(amendment.previousAmountMinor, contract.currency);
  const to = formatMoney(amendment.amountMinor, contract.currency);
  return {
    userId: contract.freelancerId,
    kind: "amendment.proposed",
    eventKey: `amendment.proposed:${amendment.id}`,
    title: `${by} asked to change the amount of ${q(args.projectTitle)} from ${from} to ${to}.`,
    body: amendment.reason,
    href: contractPage(contract.id),
  };
}

export function amendmentAnswered(args: {
  by: string;
  projectTitle: string;
  contract: Contract;
  amendment: { id: string; amountMinor: number };
  accepted: boolean;
}): Notice {
  const { by, contract, amendment } = args;
  const to = formatMoney(amendment.amountMinor, contract.currency);
  const verb = args.accepted ? "agreed" : "declined";
  return {
    userId: contract.clientId,
    kind: "amendment.answered",
    eventKey: `amendment.answered:${amendment.id}`,
    title: `${by} ${verb} to change the amount of ${q(args.projectTitle)} to ${to}.`,
    href: contractPage(contract.id),
  };
}

/**
 * A week of hours: handed in (each time, `at` tells one from the next), approved or disputed.
 * Told to the client when handed in, to the freelancer otherwise.
 */
/**
 * A week of hours moved: by the freelancer (submitted), by the client (approved, disputed), or
 * by time alone when `by` is null (logging closed, or the review period passed).
 */
export function timesheetStep(args: {
  by: string | null;
  projectTitle: string;
  contract: Contract;
  week: { id: string; weekStart: Date };
  step: "submitted" | "approved" | "disputed";
  at: Date;
  reason?: string | null;
}): Notice {
  const { by, contract, week, step } = args;
  const on = q(args.projectTitle);
  const which = weekOf(week.weekStart);
  const title = by
    ? {
        submitted: `${by} submitted ${which} on ${on} for your review.`,
        approved: `${by} approved your hours for ${which} on ${on}.`,
        disputed: `${by} disputed your hours for ${which} on ${on}.`,
      }[step]
    : {
        submitted: `Logging closed: ${which} on ${on} went to you for review.`,
        approved: `Your hours for ${which} on ${on} count as approved: the review period ended.`,
        disputed: `Your hours for ${which} on ${on} were disputed.`,
      }[step];
  return {
    userId: step === "submitted" ? contract.clientId : contract.freelancerId,
    kind: `timesheet.${step}`,
    eventKey:
      step === "approved"
        ? `timesheet.approved:${week.id}`
        : `timesheet.${step}:${week.id}:${args.at.getTime()}`,
    title,
    body: args.reason,
    href: contractPage(contract.id),
  };
}

/** The contract is over; told to the party who did not end it. */
export function contractFinished(args: {
  by: string;
  recipientId: string;
  projectTitle: string;
  contractId: string;
  status: "completed" | "ended";
  /** The last milestone's approval completed it, rather than the client ending it. */
  lastMilestone?: boolean;
}): Notice {
  const { by, status } = args;
  const on = q(args.projectTitle);
  const title =
    status === "ended"
      ? `${by} ended the contract for ${on} early.`
      : args.lastMilestone
        ? `Your contract for ${on} is complete: ${by} approved the last milestone.`
        : `${by} ended the contract for ${on}; it is complete.`;
  return {
    userId: args.recipientId,
    kind: `contract.${status}`,
    eventKey: `contract.${status}:${args.contractId}`,
    title,
    body: "You can now review each other.",
    href: contractPage(args.contractId),
  };
}

export function reviewReceived(args: {
  by: string;
  projectTitle: string;
  review: { id: string; contractId: string; revieweeId: string; overall: number; comment: string };
}): Notice {
  const { by, review } = args;
  return {
    userId: review.revieweeId,
    kind: "review.received",
    eventKey: `review.received:${review.id}`,
    title: `${by} left you a review for ${q(args.projectTitle)}: ${review.overall} of 5.`,
    body: review.comment,
    href: contractPage(review.contractId),
  };
}

export function reviewReplied(args: {
  by: string;
  projectTitle: string;
  review: { id: string; contractId: string; reviewerId: string; reply: string | null };
}): Notice {
  const { by, review } = args;
  return {
    userId: review.reviewerId,
    kind: "review.replied",
    eventKey: `review.replied:${review.id}`,
    title: `${by} replied to your review for ${q(args.projectTitle)}.`,
    body: review.reply,
    href: contractPage(review.contractId),
  };
}

/** The freelancer hears that a milestone is funded: work may start. */
export function milestoneFunded(args: {
  by: string;
  projectTitle: string;
  contract: Contract;
  milestone: { id: string; title: string };
  paymentId: string;
  amountMinor: number;
}): Notice {
  const { contract } = args;
  return {
    userId: contract.freelancerId,
    kind: "payment.funded",
    eventKey: `payment.funded:${args.paymentId}`,
    title: `${args.by} funded ${q(args.milestone.title)} on ${q(args.projectTitle)}: ${formatMoney(args.amountMinor, contract.currency)} is in escrow.`,
    href: contractPage(contract.id),
  };
}

/** The freelancer hears that money reached their balance (approval, by time, or a week). */
export function moneyReleased(args: {
  projectTitle: string;
  contract: Contract;
  what: string;
  transactionId: string;
  netMinor: number;
  feeMinor: number;
  automatic: boolean;
}): Notice {
  const { contract } = args;
  const net = formatMoney(args.netMinor, contract.currency);
  const fee = formatMoney(args.feeMinor, contract.currency);
  const how = args.automatic ? " (its review period passed)" : "";
  return {
    userId: contract.freelancerId,
    kind: "payment.released",
    eventKey: `payment.released:${args.transactionId}`,
    title: `${net} for ${args.what} on ${q(args.projectTitle)} was released to you${how}.`,
    body: `The service fee of ${fee} was taken out.`,
    href: "/earnings",
  };
}

/** The client hears that a charge failed (a card declined for an hourly week). */
export function paymentFailed(args: {
  projectTitle: string;
  contract: Contract;
  paymentId: string;
  what: string;
  amountMinor: number;
  reason: string;
}): Notice {
  const { contract } = args;
  return {
    userId: contract.clientId,
    kind: "payment.failed",
    eventKey: `payment.failed:${args.paymentId}`,
    title: `Your payment of ${formatMoney(args.amountMinor, contract.currency)} for ${args.what} on ${q(args.projectTitle)} failed.`,
    body: args.reason,
    href: "/billing",
  };
}

export function moneyRefunded(args: {
  projectTitle: string;
  contract: Contract;
  refundId: string;
  what: string;
  amountMinor: number;
}): Notice {
  const { contract } = args;
  return {
    userId: contract.clientId,
    kind: "payment.refunded",
    eventKey: `payment.refunded:${args.refundId}`,
    title: `${formatMoney(args.amountMinor, contract.currency)} for ${args.what} on ${q(args.projectTitle)} is refunded to you.`,
    href: "/billing",
  };
}

export function payoutPaid(args: {
  userId: string;
  payoutId: string;
  amountMinor: number;
  currency: string;
}): Notice {
  return {
    userId: args.userId,
    kind: "payout.paid",
    eventKey: `payout.paid:${args.payoutId}`,
    title: `Your withdrawal of ${formatMoney(args.amountMinor, args.currency)} was paid out.`,
    href: "/earnings",
  };
}
