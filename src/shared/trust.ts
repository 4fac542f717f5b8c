/**
 * Trust and safety's vocabulary, shared by the schema, the inputs, the domain and the pages:
 * what can be reported and why, the states of a report and of a dispute, and how an admin
 * settles one.
 */

/** What a person can report: a project, a person's public profile, a review or a message. */
export const reportSubjects = ["project", "profile", "review", "message"] as const;
export type ReportSubject = (typeof reportSubjects)[number];

/** Why, from a short list; a note says the rest. */
export const reportReasons = [
  "spam",
  "scam",
  "off_platform",
  "harassment",
  "inappropriate",
  "other",
] as const;
export type ReportReason = (typeof reportReasons)[number];

export const reportReasonLabels: Record<ReportReason, string> = {
  spam: "Spam or advertising",
  scam: "A scam or fake listing",
  off_platform: "Asks to pay or talk outside Guild",
  harassment: "Harassment or hate",
  inappropriate: "Inappropriate or illegal content",
  other: "Something else",
};

/** Open until an admin acts on it (`actioned`: the content was hidden) or dismisses it. */
export const contentReportStatuses = ["open", "actioned", "dismissed"] as const;
export type ContentReportStatus = (typeof contentReportStatuses)[number];

/** What a dispute is about: a fixed-price milestone, or an hourly week's disputed entries. */
export const disputeItems = ["milestone", "week"] as const;
export type DisputeItem = (typeof disputeItems)[number];

/**
 * `open` until an admin takes it up (`under_review`), then `resolved` with a decision, or
 * `withdrawn` by whoever opened it. While open or under review its money is frozen.
 */
export const disputeStatuses = ["open", "under_review", "resolved", "withdrawn"] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];
export const activeDisputeStatuses = ["open", "under_review"] as const satisfies DisputeStatus[];
export const isActiveDispute = (status: DisputeStatus) =>
  (activeDisputeStatuses as readonly DisputeStatus[]).includes(status);

/** An admin releases all to the freelancer, refunds all to the client, or splits it. */
export const disputeOutcomes = ["release", "refund", "split"] as const;
export type DisputeOutcome = (typeof disputeOutcomes)[number];

/** The entries of a dispute's thread: what people wrote, and what happened to it. */
export const disputePostKinds = [
  "opened",
  "post",
  "under_review",
  "withdrawn",
  "resolved",
] as const;
export type DisputePostKind = (typeof disputePostKinds)[number];

/** After this long without a word from the other party, the admins are told. */
export const DISPUTE_ANSWER_DAYS = 5;
/** A dispute untouched this long is escalated on the admin overview. */
export const DISPUTE_STALE_DAYS = 30;

/** A dispute's state, for badges and filters. */
export const disputeStatusLabels: Record<DisputeStatus, string> = {
  open: "Open",
  under_review: "Under review",
  resolved: "Resolved",
  withdrawn: "Withdrawn",
};

/** How a resolved dispute was settled, in words. */
export const disputeOutcomeLabels: Record<DisputeOutcome, string> = {
  release: "Released to the freelancer",
  refund: "Refunded to the client",
  split: "Split between them",
};
