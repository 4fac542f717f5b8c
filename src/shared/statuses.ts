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
 * A fixed contract has an amount and milestones; an hourly one a rate, a weekly limit and a
 * timesheet. Set at hire from the project's budget type, never changed afterwards.
 */
export const contractKinds = ["fixed", "hourly"] as const;
export type ContractKind = (typeof contractKinds)[number];

/**
 * A timesheet week as stored: the freelancer logs while it is `open`, it is `submitted` for
 * the client's review (early by the freelancer, or by itself once logging closes), and the
 * client `approved` or `disputed` it; a disputed week goes back to `submitted` when the
 * freelancer resubmits. Two moves happen by time alone and are computed when read until a job
 * writes them (src/server/domain/timesheet/week-state.ts). Billing (a later issue) adds a step
 * after `approved` (an invoiced week) without renaming any state here.
 */
export const weekStatuses = ["open", "submitted", "approved", "disputed"] as const;
export type WeekStatus = (typeof weekStatuses)[number];

/**
 * A week as people see it, time's moves included: `auto_approved` is a submitted week whose
 * review period passed without an answer (it counts as approved, and will be billed as such).
 */
export const weekStates = ["open", "submitted", "approved", "auto_approved", "disputed"] as const;
export type WeekState = (typeof weekStates)[number];

/**
 * Milestone states. The client funds a pending milestone (escrow) before work starts; the
 * freelancer submits a funded one; approval releases the money.
 */
export const milestoneStatuses = [
  "pending",
  "funded",
  "submitted",
  "changes_requested",
  "approved",
] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

/**
 * What a milestone's history records: each hand-in (note, links), each request for changes
 * (reason) and the approval. A resubmission adds to it; nothing in it is ever rewritten.
 */
export const milestoneEventKinds = ["submitted", "changes_requested", "approved"] as const;
export type MilestoneEventKind = (typeof milestoneEventKinds)[number];

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

/** A data export: being gathered, ready to download, or failed (the person may ask again). */
export const dataExportStatuses = ["requested", "ready", "failed"] as const;
export type DataExportStatus = (typeof dataExportStatuses)[number];
