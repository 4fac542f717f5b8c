import { z } from "zod";

import "./messages";

export const savedSearchAlerts = ["instantly", "daily", "never"] as const;
export type SavedSearchAlert = (typeof savedSearchAlerts)[number];

export const savedSearchAlertLabels: Record<SavedSearchAlert, string> = {
  instantly: "Alert me at once",
  daily: "Once a day",
  never: "No alerts",
};

/** How many searches one person may keep. */
export const MAX_SAVED_SEARCHES = 25;

const name = z
  .string()
  .trim()
  .min(1, { message: "Give the search a name." })
  .max(80, { message: "Keep the name under 80 characters." });

export const CreateSavedSearchInput = z.object({
  name,
  /** The search as in the `/projects` URL (`q=…&skills=…`). */
  query: z.string().max(1_000, { message: "That search is too long to keep." }),
  alert: z.enum(savedSearchAlerts),
});
export type CreateSavedSearchInput = z.input<typeof CreateSavedSearchInput>;

export const UpdateSavedSearchInput = z.object({
  id: z.string().trim().min(1).max(64),
  name: name.optional(),
  alert: z.enum(savedSearchAlerts).optional(),
});
export type UpdateSavedSearchInput = z.input<typeof UpdateSavedSearchInput>;

export const SavedSearchIdInput = z.object({ id: z.string().trim().min(1).max(64) });
