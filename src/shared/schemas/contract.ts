import { z } from "zod";

import { MAX_ATTACHMENTS } from "~/shared/files";
import { contractKinds, contractStatuses, milestoneStatuses } from "~/shared/statuses";
import { apiCurrency, apiMinor, apiPage, apiPageInput, apiTime } from "./api-output";

import "./messages";

import { DUE_DATE_IN_PAST, earliestDueDay } from "~/shared/format/dates";
import { webLinkList } from "./profile";
import { minorAmount } from "./project";

/** A milestone's title and amount, as planned on the contract or at the hire. */
export const milestoneFields = {
  title: z
    .string()
    .trim()
    .min(3, { error: "Name the milestone" })
    .max(120, { error: "Use at most 120 characters" }),
  amountMinor: minorAmount,
};

/**
 * A new milestone's due date: a calendar day (00:00 UTC), not one that has already ended
 * everywhere on earth (the form holds the person to their own today).
 */
const newDueDate = z
  .date()
  .nullable()
  .refine((day) => day === null || day >= earliestDueDay(new Date()), { error: DUE_DATE_IN_PAST })
  .default(null);

export const AddMilestoneInput = z.object({
  contractId: z.string().min(1).max(64),
  ...milestoneFields,
  dueDate: newDueDate,
});

/**
 * A pending milestone as the client rewrites it. The due date is required (null clears it);
 * whether a changed date is in the past is the domain's check, since an unchanged one may
 * have passed while the milestone waited.
 */
export const EditMilestoneInput = z.object({
  id: z.string().min(1).max(64),
  ...milestoneFields,
  dueDate: z.date().nullable(),
});

export const SubmitMilestoneInput = z.object({
  id: z.string().min(1).max(64),
  note: z.string().trim().min(1, { error: "Say what you delivered" }).max(5_000),
  links: webLinkList(10).default([]),
  /** Deliverables uploaded for this hand-in (purpose "deliverable"). */
  fileIds: z
    .array(z.string().trim().min(1).max(64))
    .max(MAX_ATTACHMENTS, { error: `Attach at most ${MAX_ATTACHMENTS} files to one submission.` })
    .default([]),
});

export const RequestChangesInput = z.object({
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(5, { error: "Tell the freelancer what to change" }).max(5_000),
});

export const MilestoneActionInput = z.object({ id: z.string().min(1).max(64) });
export const ContractActionInput = z.object({ id: z.string().min(1).max(64) });

const stars = z.number().int().min(1, { error: "From 1 to 5" }).max(5, { error: "From 1 to 5" });

export const LeaveReviewInput = z.object({
  contractId: z.string().min(1).max(64),
  overall: stars,
  communication: stars,
  quality: stars,
  timeliness: stars,
  comment: z.string().trim().min(10, { error: "Say a little about the work together" }).max(2_000),
});

export const ReplyToReviewInput = z.object({
  id: z.string().min(1).max(64),
  reply: z.string().trim().min(2, { error: "Write a reply" }).max(2_000),
});

export const ReviewsForUserInput = z.object({ userId: z.string().min(1).max(64) });

export const ProposeAmendmentInput = z.object({
  contractId: z.string().min(1).max(64),
  amountMinor: minorAmount,
  reason: z
    .string()
    .trim()
    .min(5, { error: "Tell the freelancer why the amount changes" })
    .max(1_000, { error: "Use at most 1,000 characters" }),
});

export const AmendmentActionInput = z.object({ id: z.string().min(1).max(64) });
export const RespondToAmendmentInput = z.object({
  id: z.string().min(1).max(64),
  accept: z.boolean(),
});

/** A contract as either party reads it. */
export const ContractOutput = z.object({
  id: z.string(),
  status: z.enum(contractStatuses),
  kind: z.enum(contractKinds),
  amountMinor: apiMinor,
  hourlyRateMinor: apiMinor.nullable(),
  weeklyLimitMinutes: z.number().int().nullable(),
  currency: apiCurrency,
  startedAt: apiTime,
  completedAt: apiTime.nullable(),
  projectId: z.string(),
  projectTitle: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  freelancerId: z.string(),
  freelancerName: z.string(),
});

/** A milestone of a fixed-price contract. */
export const MilestoneOutput = z.object({
  id: z.string(),
  contractId: z.string(),
  title: z.string(),
  amountMinor: apiMinor,
  status: z.enum(milestoneStatuses),
  dueDate: apiTime.nullable(),
  submissionNote: z.string().nullable(),
  submissionLinks: z.array(z.string()).nullable(),
  changesReason: z.string().nullable(),
  submittedAt: apiTime.nullable(),
  approvedAt: apiTime.nullable(),
  createdAt: apiTime,
  updatedAt: apiTime,
});

/** An approval: the milestone, whether the contract is now complete, and the money released. */
export const ApproveMilestoneOutput = z.object({
  milestone: MilestoneOutput,
  contractCompleted: z.boolean(),
  release: z
    .object({
      transactionId: z.string(),
      grossMinor: apiMinor,
      feeMinor: apiMinor,
      netMinor: apiMinor,
    })
    .nullable()
    .meta({
      description: "The escrow released to the freelancer, less the fee; null if none was funded.",
    }),
});

/** The actor's contracts, a page at a time, newest first; optionally only those in one status. */
export const MyContractsInput = z
  .object({ ...apiPageInput, status: z.enum(contractStatuses).optional() })
  .prefault({});

export const MyContractsOutput = apiPage(ContractOutput);
export const MilestonesOutput = z.object({ items: z.array(MilestoneOutput) });
