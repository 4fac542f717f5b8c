import type { Random } from "./random";

/** What seeded freelancers write in their timesheets, and what clients say when they dispute. */

const aroundDeliverable = [
  "{d}",
  "{d}: first pass",
  "{d}: changes after your feedback",
  "{d}: finished and pushed for review",
  "Call with your team about {d:lower}",
  "Tests and notes for {d:lower}",
  "Researched options for {d:lower}",
];

const everyday = [
  "Weekly check-in and planning for next week",
  "Code review and small fixes from the review",
  "Investigated the bug you reported on Slack and fixed it",
  "Deployed to staging and ran the smoke tests",
  "Updated the README and the setup notes",
  "Pairing session with your developer",
  "Answered questions from your team and tidied the backlog",
];

/** One line of a timesheet, about the brief's deliverables or the work around them. */
export function entryDescription(rng: Random, deliverables: string[]) {
  if (deliverables.length === 0 || rng.chance(0.3)) return rng.pick(everyday);
  const deliverable = rng.pick(deliverables);
  const lower = deliverable.charAt(0).toLowerCase() + deliverable.slice(1);
  return rng.pick(aroundDeliverable).replace("{d:lower}", lower).replace("{d}", deliverable);
}

const disputeReasons = [
  "We agreed this would take about an hour; please check the time on this one.",
  "This overlaps with the call we already counted earlier in the week.",
  "I don't recognise this task: it wasn't among this week's priorities.",
  "This looks like it was logged twice.",
  "Please log the review and the fixes separately so we can see where the time went.",
];

export const disputeReason = (rng: Random) => rng.pick(disputeReasons);
