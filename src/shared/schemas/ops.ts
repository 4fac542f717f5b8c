import { z } from "zod";

import "./messages";

/** Shared by the admin console's jobs page and overview and their procedures. */

/** Why an admin acts: it goes into the audit event. */
export const reasonField = z
  .string()
  .trim()
  .min(3, { error: "Say why in a few words (at least 3 characters)." })
  .max(500, { error: "Keep the reason under 500 characters." });

const jobId = z.string().trim().min(1).max(64);
/** A job name as the engines write it (`notification.email`). */
const jobName = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.]{0,63}$/, { error: "That is not a job name." });

export const DeadJobActionInput = z.object({ id: jobId, reason: reasonField });
export type DeadJobActionInput = z.input<typeof DeadJobActionInput>;

export const JobNameActionInput = z.object({ name: jobName, reason: reasonField });
export type JobNameActionInput = z.input<typeof JobNameActionInput>;

/** The overview's periods, in days back from today (UTC). */
export const overviewPeriods = ["7d", "30d", "90d", "365d"] as const;
export type OverviewPeriod = (typeof overviewPeriods)[number];
export const DEFAULT_OVERVIEW_PERIOD: OverviewPeriod = "30d";

export const OverviewInput = z.object({
  period: z.enum(overviewPeriods).default(DEFAULT_OVERVIEW_PERIOD),
});
export type OverviewInput = z.input<typeof OverviewInput>;
