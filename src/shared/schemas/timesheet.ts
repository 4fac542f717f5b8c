import { z } from "zod";

import "./messages";

import { parseIsoDate } from "~/shared/hourly/calendar";

/** Time is logged in quarter hours: enough to be honest, coarse enough to read at a glance. */
export const MINUTE_STEP = 15;
/** One entry is at most a day; the domain also keeps each day's entries to 24 h together. */
export const MAX_ENTRY_MINUTES = 24 * 60;
/** What a hire sets when the client says nothing, and what migrated contracts got. */
export const DEFAULT_WEEKLY_LIMIT_HOURS = 40;
export const MAX_WEEKLY_LIMIT_HOURS = 100;

const id = z.string().min(1).max(64);

/** A calendar day as a date input gives it ("2026-12-02"), read in UTC like the weeks. */
const workDate = z
  .string({ error: "Choose the day you worked." })
  .refine((text) => parseIsoDate(text) !== null, { error: "Choose a real day (YYYY-MM-DD)." });

const minutes = z
  .number({ error: "Enter how long you worked." })
  .int({ error: "Enter whole minutes." })
  .min(MINUTE_STEP, { error: "Log at least 15 minutes." })
  .max(MAX_ENTRY_MINUTES, { error: "One entry is at most 24 hours." })
  .multipleOf(MINUTE_STEP, { error: "Log time in steps of 15 minutes." });

const description = z
  .string()
  .trim()
  .min(3, { error: "Say what you worked on." })
  .max(500, { error: "Use at most 500 characters." });

export const weeklyLimitHours = z
  .number({ error: "Enter a number of hours." })
  .int({ error: "Enter whole hours." })
  .min(1, { error: "Allow at least 1 hour a week." })
  .max(MAX_WEEKLY_LIMIT_HOURS, { error: "Allow at most 100 hours a week." });

export const TimesheetInput = z.object({ contractId: id });

export const LogTimeInput = z.object({ contractId: id, workDate, minutes, description });

export const EditTimeEntryInput = z.object({ id, workDate, minutes, description });

export const TimeEntryActionInput = z.object({ id });

export const WeekActionInput = z.object({ id });

export const DisputeWeekInput = z.object({
  id,
  entryIds: z
    .array(id)
    .min(1, { error: "Choose the entries you dispute." })
    .max(200, { error: "Choose at most 200 entries." })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Choose each entry once." }),
  reason: z
    .string()
    .trim()
    .min(10, { error: "Tell the freelancer what is wrong, in at least 10 characters." })
    .max(1_000, { error: "Use at most 1,000 characters." }),
});

export const SetWeeklyLimitInput = z.object({ contractId: id, weeklyLimitHours });
