import { z } from "zod";

import "./messages";
import { reportReasons, reportSubjects } from "~/shared/trust";

const id = z.string().trim().min(1).max(64);

/**
 * A person reports a project, a profile (a person's id), a review or a message: one procedure
 * per kind, each taking this input, so the form names the kind and the procedure its rules.
 */
export const ReportInput = z.object({
  subjectId: id,
  reason: z.enum(reportReasons, { message: "Choose why you are reporting this." }),
  note: z
    .string()
    .trim()
    .max(1_000, { message: "Keep the note under 1,000 characters." })
    .optional()
    .default(""),
});
export type ReportInput = z.input<typeof ReportInput>;

export const ReportContentInput = ReportInput.extend({ subjectType: z.enum(reportSubjects) });

/** The queue: subjects with open reports, newest report first; `cursor` is where a page ended. */
export const ModerationQueueInput = z.object({
  subjectType: z.enum(reportSubjects).nullish(),
  cursor: z
    .string()
    .regex(/^\d{1,15}:[\w-]{1,64}$/, { message: "That page link is not valid." })
    .nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type ModerationQueueInput = z.input<typeof ModerationQueueInput>;

/** What an admin does about a reported subject, and why (told to the people concerned). */
export const moderationActions = ["hide", "restore", "dismiss"] as const;
export type ModerationAction = (typeof moderationActions)[number];

export const ModerateContentInput = z.object({
  subjectType: z.enum(reportSubjects),
  subjectId: id,
  action: z.enum(moderationActions),
  reason: z
    .string()
    .trim()
    .min(3, { message: "Say why, in a few words: the people concerned are told." })
    .max(500, { message: "Keep the reason under 500 characters." }),
});
export type ModerateContentInput = z.input<typeof ModerateContentInput>;
