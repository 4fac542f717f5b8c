import { z } from "zod";

/** Shared by forms, procedures and the database schema: no server imports here. */

export const projectStatuses = ["draft", "open", "in_progress", "completed", "cancelled"] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const budgetTypes = ["fixed", "hourly"] as const;
export type BudgetType = (typeof budgetTypes)[number];

export const experienceLevels = ["entry", "intermediate", "expert"] as const;
export type ExperienceLevel = (typeof experienceLevels)[number];

export const projectDurations = [
  "under_1_week",
  "1_to_4_weeks",
  "1_to_3_months",
  "3_to_6_months",
  "over_6_months",
] as const;
export type ProjectDuration = (typeof projectDurations)[number];

export const PROJECTS_PAGE_SIZE = 20;

/**
 * An opaque keyset cursor: the boundary row's publish time and id. Keyset (not offset)
 * pagination keeps every page as cheap as the first and stable while new projects arrive.
 */
export const projectCursor = z
  .string()
  .max(100)
  .regex(/^\d{1,15}_[A-Za-z0-9-]{1,64}$/, { message: "Invalid page cursor" });

export const ListOpenProjectsInput = z.object({
  /** Rows strictly after (older than) this cursor, or before (newer) when `direction` is backward. */
  cursor: projectCursor.optional(),
  direction: z.enum(["forward", "backward"]).default("forward"),
  limit: z.number().int().min(1).max(50).default(PROJECTS_PAGE_SIZE),
});
export type ListOpenProjectsInput = z.input<typeof ListOpenProjectsInput>;

export const ProjectByIdInput = z.object({
  id: z.string().trim().min(1).max(64),
});
