/**
 * Every state a thing in Guild can be in, in one place: the database schema, the zod inputs,
 * the domain's status machines and the labels people read all take their lists from here.
 */

export const projectStatuses = ["draft", "open", "in_progress", "completed", "cancelled"] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const proposalStatuses = [
  "submitted",
  "shortlisted",
  "rejected",
  "withdrawn",
  "accepted",
  "declined",
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const contractStatuses = ["active", "completed", "ended"] as const;
export type ContractStatus = (typeof contractStatuses)[number];

/**
 * Milestone states. Payments (a later issue) slot `funded` in between `pending` and
 * `submitted` without renaming any state here.
 */
export const milestoneStatuses = ["pending", "submitted", "changes_requested", "approved"] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export const amendmentStatuses = ["pending", "accepted", "declined", "withdrawn"] as const;
export type AmendmentStatus = (typeof amendmentStatuses)[number];

/**
 * A client's invitation to propose: waiting, answered with a proposal, or declined. An
 * invitation whose project closed before an answer stays `pending` and reads as "no answer"
 * (the project's status says why); nothing needs rewriting when a project closes.
 */
export const invitationStatuses = ["pending", "proposed", "declined"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const userRoles = ["client", "freelancer", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

export const userStatuses = ["active", "suspended"] as const;
export type UserStatus = (typeof userStatuses)[number];
