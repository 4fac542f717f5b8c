import { z } from "zod";

import "./messages";

import { contractKinds, contractStatuses, proposalStatuses } from "~/shared/statuses";
import { apiCurrency, apiMinor, apiTime } from "./api-output";
import { milestoneFields } from "./contract";
import { minorAmount, projectDurations } from "./project";
import { weeklyLimitHours } from "./timesheet";

const proposalFields = {
  coverLetter: z
    .string()
    .trim()
    .min(50, { error: "Tell the client how you would do it, in at least 50 characters" })
    .max(5_000, { error: "Use at most 5,000 characters" }),
  bidMinor: minorAmount,
  estimatedDuration: z.enum(projectDurations),
};

export const SubmitProposalInput = z.object({
  projectId: z.string().min(1).max(64),
  ...proposalFields,
});
export const EditProposalInput = z.object({ id: z.string().min(1).max(64), ...proposalFields });
export const ProposalActionInput = z.object({ id: z.string().min(1).max(64) });
/**
 * Hiring: on an hourly project the client may set the weekly limit (hours the freelancer may
 * log each week; DEFAULT_WEEKLY_LIMIT_HOURS when left out). A fixed project has none.
 */
export const AcceptProposalInput = z.object({
  id: z.string().min(1).max(64),
  weeklyLimitHours: weeklyLimitHours.optional(),
  /**
   * A fixed-price hire may plan its first milestone at once (the client funds it next); it
   * must fit the contract amount, the bid.
   */
  firstMilestone: z.object(milestoneFields).optional(),
});
export const ProposalsForProjectInput = z.object({ projectId: z.string().min(1).max(64) });

/** A proposal as REST answers it (times as ISO strings, the bid in minor units). */
export const ProposalOutput = z.object({
  id: z.string(),
  projectId: z.string(),
  freelancerId: z.string(),
  coverLetter: z.string(),
  bidMinor: apiMinor,
  currency: apiCurrency,
  estimatedDuration: z.enum(projectDurations),
  status: z.enum(proposalStatuses),
  createdAt: apiTime,
  updatedAt: apiTime,
});

/** The contract a hire makes, and the first milestone when one was planned with it. */
export const HireOutput = z.object({
  id: z.string(),
  projectId: z.string(),
  proposalId: z.string(),
  clientId: z.string(),
  freelancerId: z.string(),
  amountMinor: apiMinor,
  currency: apiCurrency,
  status: z.enum(contractStatuses),
  kind: z.enum(contractKinds),
  hourlyRateMinor: apiMinor.nullable(),
  weeklyLimitMinutes: z.number().int().nullable(),
  startedAt: apiTime,
  completedAt: apiTime.nullable(),
  firstMilestoneId: z.string().nullable(),
});
