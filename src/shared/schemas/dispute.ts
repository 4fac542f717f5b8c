import { z } from "zod";

import "./messages";
import { MAX_ATTACHMENTS } from "~/shared/files";
import { disputeItems, disputeOutcomes, disputeStatuses } from "~/shared/trust";

const id = z.string().trim().min(1).max(64);

const fileIds = z
  .array(id)
  .max(MAX_ATTACHMENTS, { error: `Attach at most ${MAX_ATTACHMENTS} files at a time.` })
  .default([]);

/** Either party opens a dispute on a milestone or an hourly week, with a reason and evidence. */
export const OpenDisputeInput = z.object({
  item: z.enum(disputeItems, { error: "Choose what the dispute is about." }),
  itemId: id,
  reason: z
    .string()
    .trim()
    .min(20, { error: "Explain what went wrong in at least 20 characters." })
    .max(5_000, { error: "Keep the reason under 5,000 characters." }),
  fileIds,
});
export type OpenDisputeInput = z.input<typeof OpenDisputeInput>;

export const DisputeIdInput = z.object({ id });

/** Something said in a dispute's thread, with evidence files. */
export const DisputePostInput = z
  .object({
    disputeId: id,
    body: z.string().trim().max(5_000, { error: "Keep it under 5,000 characters." }),
    fileIds,
  })
  .refine((input) => input.body.length > 0 || input.fileIds.length > 0, {
    error: "Write something or attach a file.",
    path: ["body"],
  });
export type DisputePostInput = z.input<typeof DisputePostInput>;

/**
 * An admin's decision: all to the freelancer, all back to the client, or a split. A split
 * names what the freelancer receives (before Guild's fee), in minor units; the client gets the
 * rest of the frozen amount, so the two always add up to it.
 */
export const ResolveDisputeInput = z
  .object({
    id,
    outcome: z.enum(disputeOutcomes, { error: "Choose how to settle it." }),
    releasedMinor: z
      .number({ error: "Enter the freelancer's share." })
      .int({ error: "Use whole cents." })
      .min(1, { error: "A split gives each side something: more than 0." })
      .optional(),
    decision: z
      .string()
      .trim()
      .min(20, { error: "Write the decision both parties will read, in at least 20 characters." })
      .max(5_000, { error: "Keep the decision under 5,000 characters." }),
  })
  .refine((input) => input.outcome !== "split" || input.releasedMinor !== undefined, {
    error: "Enter the freelancer's share.",
    path: ["releasedMinor"],
  });
export type ResolveDisputeInput = z.input<typeof ResolveDisputeInput>;

/** The admins' queue: by state, the longest untouched first. */
export const DisputeQueueInput = z.object({
  status: z.enum(disputeStatuses).optional(),
  cursor: z
    .string()
    .regex(/^\d{1,15}:[\w-]{1,64}$/, { error: "That page link is not valid." })
    .nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type DisputeQueueInput = z.input<typeof DisputeQueueInput>;

export const ContractIdInput = z.object({ contractId: id });
