import type { Availability } from "~/shared/schemas/profile";
import type { ExperienceLevel, ProjectDuration } from "~/shared/schemas/project";
import { type ProjectStatus } from "~/shared/statuses";

export const availabilityLabel: Record<Availability, string> = {
  available: "Available now",
  limited: "Limited availability",
  unavailable: "Not taking work",
};

export const experienceLabel: Record<ExperienceLevel, string> = {
  entry: "Entry level",
  intermediate: "Intermediate",
  expert: "Expert",
};

export const durationLabel: Record<ProjectDuration, string> = {
  under_1_week: "Less than a week",
  "1_to_4_weeks": "1 to 4 weeks",
  "1_to_3_months": "1 to 3 months",
  "3_to_6_months": "3 to 6 months",
  over_6_months: "More than 6 months",
};

export const statusLabel: Record<ProjectStatus, string> = {
  draft: "Draft",
  open: "Open",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
};

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 days ago": relative to `now`, which the caller passes so server and client agree. */
export function timeAgo(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en-US", {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(date);
}

/** "Dec 2, 2026, 2:05 PM UTC": one reading of a moment everywhere (pages and mail). */
export function formatDateTime(date: Date): string {
  return (
    new Intl.DateTimeFormat("en-US", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(date) + " UTC"
  );
}
