/**
 * How long Guild keeps each kind of data and what happens then: the one table, copied into
 * the README (a test compares them). `housekeeping` rows are applied by the daily
 * `housekeeping.prune` job; `deletion` rows when a person deletes their account; `kept` rows
 * are records others depend on, which the law requires Guild to keep, and no job removes.
 */
export interface RetentionRule {
  kind: string;
  /** Milliseconds after the moment named in `after`; null for rules with no period. */
  periodMs: number | null;
  after: string;
  then: string;
  appliedBy: "housekeeping" | "deletion" | "kept";
  why: string;
}

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;

export const retentionRules = {
  dataExports: {
    kind: "Data export archives",
    periodMs: 7 * DAY,
    after: "the archive is ready (or failed)",
    then: "archive bytes and row deleted",
    appliedBy: "housekeeping",
    why: "a copy of everything about a person should not linger",
  },
  endedSessions: {
    kind: "Ended sessions",
    periodMs: 30 * DAY,
    after: "they end",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "the security page lists recent sign-outs",
  },
  emailLinks: {
    kind: "Email links",
    periodMs: 7 * DAY,
    after: "used or expired",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "answers 'already used' for a week",
  },
  signInChallenges: {
    kind: "Sign-in challenges",
    periodMs: 1 * DAY,
    after: "they expire",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "only needed during a sign-in",
  },
  attemptThrottles: {
    kind: "Failed-attempt counters",
    periodMs: 1 * DAY,
    after: "the last attempt (and any lock)",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "only needed to slow guessing",
  },
  readNotifications: {
    kind: "Read notifications",
    periodMs: 90 * DAY,
    after: "they are read",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "the bell shows what is recent",
  },
  doneJobs: {
    kind: "Finished jobs",
    periodMs: 7 * DAY,
    after: "they finish",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "payloads may hold an email address",
  },
  deadJobs: {
    kind: "Dead jobs",
    periodMs: 30 * DAY,
    after: "they die",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "kept for an operator to retry",
  },
  streamEvents: {
    kind: "Live events",
    periodMs: 1 * DAY,
    after: "they are written",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "a tab reconnects within minutes",
  },
  idempotencyKeys: {
    kind: "Idempotency answers",
    periodMs: 1 * DAY,
    after: "the request",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "a retry comes within a day",
  },
  webhookDeliveries: {
    kind: "Webhook deliveries",
    periodMs: 30 * DAY,
    after: "they are made",
    then: "deleted",
    appliedBy: "housekeeping",
    why: "the endpoint's page shows recent deliveries",
  },
  securityEvents: {
    kind: "Security events",
    periodMs: 2 * YEAR,
    after: "the event",
    then: "IP, user agent and detail erased; action, ids and time kept",
    appliedBy: "housekeeping",
    why: "investigating abuse needs recent history only",
  },
  deletedAccount: {
    kind: "A deleted account's personal data",
    periodMs: 0,
    after: "the deletion",
    then: "erased or anonymised (see README)",
    appliedBy: "deletion",
    why: "the person asked",
  },
  records: {
    kind: "Contracts, ledger entries, invoices, reviews, disputes",
    periodMs: null,
    after: "-",
    then: "kept, naming a deleted account",
    appliedBy: "kept",
    why: "bookkeeping law and the other party's record",
  },
} as const satisfies Record<string, RetentionRule>;

export type RetentionKind = keyof typeof retentionRules;

/** The period of a rule that has one. */
export function retentionMs(kind: Exclude<RetentionKind, "records">): number {
  return retentionRules[kind].periodMs;
}

function periodText(ms: number | null) {
  if (ms === null) return "-";
  if (ms === 0) return "at once";
  if (ms % YEAR === 0) return `${ms / YEAR} year${ms === YEAR ? "" : "s"}`;
  return `${ms / DAY} day${ms === DAY ? "" : "s"}`;
}

/** The table as Markdown, exactly as the README holds it. */
export function retentionMarkdown(): string {
  const rows = Object.values(retentionRules as Record<string, RetentionRule>).map(
    (rule) =>
      `| ${rule.kind} | ${periodText(rule.periodMs)} | ${rule.after} | ${rule.then} | ${rule.appliedBy} | ${rule.why} |`,
  );
  return [
    "| data | kept for | counted from | then | applied by | why |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
