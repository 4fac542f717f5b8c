import { z } from "zod";

import { invitationStatuses, proposalStatuses, projectStatuses } from "~/shared/statuses";
import { apiCurrency, apiMinor, apiPage, apiPageInput, apiTime } from "./api-output";
import "./messages";

/** Shared by forms, procedures and the database schema: no server imports here. */

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

export const currencies = ["USD", "EUR", "GBP"] as const;

/** A money amount in minor units (cents), as typed into a form: whole, positive, bounded. */
export const minorAmount = z
  .number({ error: "Enter an amount" })
  .int({ error: "Use whole cents" })
  .min(100, { error: "At least 1.00" })
  .max(100_000_000, { error: "At most 1,000,000.00" });

const projectFields = {
  title: z
    .string()
    .trim()
    .min(10, { error: "Use at least 10 characters so freelancers know what it is" })
    .max(120, { error: "Use at most 120 characters" }),
  description: z
    .string()
    .trim()
    .min(50, { error: "Describe the work in at least 50 characters" })
    .max(10_000, { error: "Use at most 10,000 characters" }),
  budgetType: z.enum(budgetTypes),
  budgetMinMinor: minorAmount,
  budgetMaxMinor: minorAmount,
  currency: z.enum(currencies),
  experienceLevel: z.enum(experienceLevels),
  duration: z.enum(projectDurations),
  skillIds: z
    .array(z.number().int().positive())
    .min(1, { error: "Choose at least one skill" })
    .max(10, { error: "Choose at most 10 skills" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "Each skill once" }),
  /** A Date from the UI, an ISO 8601 string over REST. */
  deadline: z.coerce
    .date({ error: "Enter a valid date" })
    .nullable()
    .default(null)
    .meta({ override: { type: ["string", "null"], format: "date-time" } }),
};

const budgetInOrder = (value: { budgetMinMinor: number; budgetMaxMinor: number }) =>
  value.budgetMaxMinor >= value.budgetMinMinor;
const budgetOrderIssue = {
  error: "The maximum must be at least the minimum",
  path: ["budgetMaxMinor"],
};

export const CreateProjectInput = z.object(projectFields).refine(budgetInOrder, budgetOrderIssue);
export type CreateProjectInput = z.input<typeof CreateProjectInput>;

export const UpdateProjectInput = z
  .object({ id: z.string().min(1).max(64), ...projectFields })
  .refine(budgetInOrder, budgetOrderIssue);

export const ProjectActionInput = z.object({ id: z.string().min(1).max(64) });

export const projectSorts = ["relevance", "newest", "budget"] as const;
export type ProjectSort = (typeof projectSorts)[number];

/** Search and filters for open projects; every field lives in the URL so a search can be shared. */
export const SearchProjectsInput = z.object({
  q: z.string().trim().max(200).default(""),
  skills: z.array(z.string().max(60)).max(10).default([]),
  budgetType: z.enum(budgetTypes).optional(),
  experienceLevel: z.enum(experienceLevels).optional(),
  minBudgetMinor: z.number().int().min(0).optional(),
  maxBudgetMinor: z.number().int().min(0).optional(),
  postedWithinDays: z.number().int().min(1).max(365).optional(),
  sort: z.enum(projectSorts).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(50).default(PROJECTS_PAGE_SIZE),
});
export type SearchProjectsInput = z.input<typeof SearchProjectsInput>;

/** The client's own projects, a page at a time (newest first). */
export const MyProjectsInput = z.object(apiPageInput).prefault({});

const projectOutputFields = {
  id: z.string(),
  title: z.string(),
  status: z.enum(projectStatuses),
  budgetType: z.enum(budgetTypes),
  budgetMinMinor: apiMinor,
  budgetMaxMinor: apiMinor,
  currency: apiCurrency,
  createdAt: apiTime,
  publishedAt: apiTime.nullable(),
};

/** A project as its client reads it back (REST answers this shape, times as ISO strings). */
export const ProjectOutput = z.object({
  ...projectOutputFields,
  description: z.string(),
  experienceLevel: z.enum(experienceLevels),
  duration: z.enum(projectDurations),
  deadline: apiTime.nullable(),
  editedAt: apiTime
    .nullable()
    .meta({ description: "When the brief last changed after publishing." }),
  updatedAt: apiTime,
});

export const MyProjectsOutput = apiPage(
  z.object({ ...projectOutputFields, proposalCount: z.number().int() }),
);

const skillTagOutput = z.object({ slug: z.string(), name: z.string() });

/** What anyone may read of a listed project. */
const listedProjectFields = {
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(projectStatuses),
  budgetType: z.enum(budgetTypes),
  budgetMinMinor: apiMinor,
  budgetMaxMinor: apiMinor,
  currency: apiCurrency,
  experienceLevel: z.enum(experienceLevels),
  duration: z.enum(projectDurations),
  deadline: apiTime.nullable(),
  publishedAt: apiTime.nullable(),
  editedAt: apiTime.nullable(),
  clientId: z.string(),
  clientName: z.string(),
  skills: z.array(skillTagOutput),
};

/** A page of open projects matching a search. */
export const SearchProjectsOutput = z.object({
  sort: z.enum(projectSorts),
  items: z.array(
    z.object({
      ...listedProjectFields,
      snippet: z.string().meta({
        description:
          "A piece of the description around the matched words, marked with U+0002 … U+0003.",
      }),
      titleMarked: z.string().meta({
        description: "The title with the matched words marked with U+0002 … U+0003.",
      }),
    }),
  ),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
});

/** One project as the viewer may see it (hidden ones only to their client, with the note why). */
export const ProjectDetailOutput = z.object({
  ...listedProjectFields,
  createdAt: apiTime,
  hiddenNote: z.string().nullable(),
});

/** The client's project with the proposals and invitations they decide on. */
export const ManagedProjectOutput = z.object({
  project: z.object({
    ...projectOutputFields,
    clientId: z.string(),
    description: z.string(),
    experienceLevel: z.enum(experienceLevels),
    duration: z.enum(projectDurations),
    deadline: apiTime.nullable(),
    editedAt: apiTime.nullable(),
    updatedAt: apiTime,
    hiddenAt: apiTime.nullable(),
    hiddenReason: z.string().nullable(),
    contractId: z.string().nullable(),
    skills: z.array(z.object({ id: z.number().int(), slug: z.string(), name: z.string() })),
  }),
  proposals: z.array(
    z.object({
      id: z.string(),
      freelancerId: z.string(),
      freelancerName: z.string(),
      headline: z.string().nullable(),
      coverLetter: z.string(),
      bidMinor: apiMinor,
      currency: apiCurrency,
      estimatedDuration: z.enum(projectDurations),
      status: z.enum(proposalStatuses),
      createdAt: apiTime,
      skillsMatched: z.number().int(),
      completedContracts: z.number().int(),
      reviewCount: z.number().int(),
      rating: z.number().nullable(),
    }),
  ),
  invitations: z.array(
    z.object({
      id: z.string(),
      freelancerId: z.string(),
      freelancerName: z.string(),
      headline: z.string().nullable(),
      listed: z.boolean(),
      status: z.enum(invitationStatuses),
      declineReason: z.string().nullable(),
      invitedAt: apiTime,
      answeredAt: apiTime.nullable(),
    }),
  ),
});
