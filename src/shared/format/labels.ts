import type { Availability } from "~/shared/schemas/profile";
import type { ExperienceLevel, ProjectDuration } from "~/shared/schemas/project";
import {
  type MilestoneStatus,
  type ProjectStatus,
  type ProposalStatus,
  type WeekState,
} from "~/shared/statuses";

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

/** A timesheet week as the people on the contract read it. */
export const weekStatusLabel: Record<WeekState, string> = {
  open: "Open for logging",
  submitted: "Waiting for the client's review",
  approved: "Approved",
  auto_approved: "Counts as approved",
  disputed: "Disputed",
};

/**
 * A proposal's status as each side reads it: the client sees a new proposal and what they
 * decided; the freelancer sees theirs sent, and "closed" when the project was filled by
 * someone else or closed without hiring (the project says which).
 */
const proposalStatusLabels: Record<"client" | "freelancer", Record<ProposalStatus, string>> = {
  client: {
    submitted: "New",
    shortlisted: "Shortlisted",
    rejected: "Rejected",
    withdrawn: "Withdrawn",
    accepted: "Hired",
    declined: "Closed",
  },
  freelancer: {
    submitted: "Sent",
    shortlisted: "Shortlisted",
    rejected: "Not chosen",
    withdrawn: "Withdrawn",
    accepted: "Hired",
    declined: "Closed",
  },
};

export function proposalStatusLabel(status: ProposalStatus, viewer: "client" | "freelancer") {
  return proposalStatusLabels[viewer][status];
}

export const milestoneStatusLabel: Record<MilestoneStatus, string> = {
  pending: "To do",
  funded: "Funded",
  submitted: "Submitted for review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

/**
 * How many proposals a project has, in the bands a freelancer weighs competition by ("5 to
 * 10"), as Upwork shows them: the exact figure is the client's to know.
 */
export function proposalCountBand(count: number): string {
  if (count < 5) return "Less than 5";
  if (count < 10) return "5 to 10";
  if (count < 15) return "10 to 15";
  if (count < 20) return "15 to 20";
  if (count < 50) return "20 to 50";
  return "50+";
}

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
