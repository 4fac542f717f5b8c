import { z } from "zod";

import "./messages";

import { minorAmount, projectDurations } from "./project";

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
export const ProposalsForProjectInput = z.object({ projectId: z.string().min(1).max(64) });
