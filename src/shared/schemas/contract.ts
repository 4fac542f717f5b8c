import { z } from "zod";

import { minorAmount } from "./project";

/**
 * Milestone states. Payments (a later issue) slot `funded` in between `pending` and
 * `submitted` without renaming any state here.
 */
export const milestoneStatuses = ["pending", "submitted", "changes_requested", "approved"] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export const AddMilestoneInput = z.object({
  contractId: z.string().min(1).max(64),
  title: z
    .string()
    .trim()
    .min(3, { error: "Name the milestone" })
    .max(120, { error: "Use at most 120 characters" }),
  amountMinor: minorAmount,
  dueDate: z.date().nullable().default(null),
});

export const SubmitMilestoneInput = z.object({
  id: z.string().min(1).max(64),
  note: z.string().trim().min(1, { error: "Say what you delivered" }).max(5_000),
  links: z
    .array(z.url({ error: "Enter full links (https://…)" }))
    .max(10)
    .default([]),
});

export const RequestChangesInput = z.object({
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(5, { error: "Tell the freelancer what to change" }).max(5_000),
});

export const MilestoneActionInput = z.object({ id: z.string().min(1).max(64) });
export const ContractActionInput = z.object({ id: z.string().min(1).max(64) });
