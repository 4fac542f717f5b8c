import { type MilestoneStatus, type ProjectStatus, type ProposalStatus } from "~/shared/statuses";

/**
 * The first projects of every seed are written for the demo accounts, so that whoever signs in
 * as `client@guild.example` or `freelancer@guild.example` finds every page with something on
 * it: projects in every status, proposals awaiting a decision, contracts with milestones due,
 * finished work with reviews both ways. The rest of the marketplace is left to chance.
 */
export interface DemoScenario {
  /** The demo client owns it, or whichever client chance picks. */
  owner: "demo client" | "anyone";
  status: ProjectStatus;
  /** A completed project whose contract the client ended before every milestone was approved. */
  ended?: boolean;
  /** The demo freelancer's proposal on the project; `accepted` means they were hired. */
  demoProposal?: ProposalStatus;
  /** Exactly this many proposals (the demo freelancer's included). */
  proposals?: number;
  /** Open proposals only: the client has decided on none of them yet. */
  awaitingDecision?: boolean;
  /** The milestones of an active contract, in order. */
  milestones?: MilestoneStatus[];
  /** Both parties review each other, and the freelancer replies to theirs. */
  reviewedBothWays?: boolean;
  /**
   * An hourly project, hired as an hourly contract whose timesheet shows a week in every
   * state: this week `logging` (open, with time in it), or `submitted early` (waiting for the
   * client's review whatever the day). Scenarios with milestones, or ended early, are fixed.
   */
  hourly?: "logging" | "submitted early";
  /** An in-progress project hired this many days ago (else chance decides). */
  hiredDaysAgo?: number;
}

export const demoScenarios: DemoScenario[] = [
  {
    owner: "demo client",
    status: "open",
    proposals: 6,
    awaitingDecision: true,
    demoProposal: "submitted",
  },
  { owner: "demo client", status: "open", proposals: 4, awaitingDecision: true },
  { owner: "demo client", status: "open", proposals: 0 },
  { owner: "demo client", status: "draft" },
  {
    owner: "demo client",
    status: "in_progress",
    proposals: 5,
    demoProposal: "accepted",
    milestones: ["approved", "submitted", "pending", "pending"],
  },
  {
    owner: "demo client",
    status: "in_progress",
    proposals: 3,
    milestones: ["approved", "changes_requested", "pending"],
  },
  {
    owner: "demo client",
    status: "completed",
    proposals: 4,
    demoProposal: "accepted",
    reviewedBothWays: true,
  },
  { owner: "demo client", status: "completed", ended: true, proposals: 3, reviewedBothWays: true },
  { owner: "demo client", status: "cancelled" },
  { owner: "anyone", status: "open", demoProposal: "shortlisted" },
  { owner: "anyone", status: "open", demoProposal: "rejected" },
  { owner: "anyone", status: "open", demoProposal: "withdrawn" },
  { owner: "anyone", status: "in_progress", demoProposal: "declined" },
  {
    owner: "anyone",
    status: "in_progress",
    demoProposal: "accepted",
    milestones: ["submitted", "pending"],
  },
  { owner: "anyone", status: "completed", demoProposal: "accepted", reviewedBothWays: true },
  {
    owner: "anyone",
    status: "completed",
    ended: true,
    demoProposal: "accepted",
    reviewedBothWays: true,
  },
  // The demo client and freelancer share two hourly contracts: between them every week state.
  {
    owner: "demo client",
    status: "in_progress",
    proposals: 4,
    demoProposal: "accepted",
    hourly: "logging",
    hiredDaysAgo: 45,
  },
  {
    owner: "demo client",
    status: "in_progress",
    proposals: 3,
    demoProposal: "accepted",
    hourly: "submitted early",
    hiredDaysAgo: 17,
  },
];
