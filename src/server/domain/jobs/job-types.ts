import type { OutgoingMail } from "~/server/mail/mailer";
import type { EmailTokenPurpose } from "~/server/db/schema/auth";

/**
 * Every job Guild runs, by name, with its payload. A payload is JSON: ids and small values,
 * never a secret (it rests in the database until pruned). Handlers live in `server/jobs/`.
 */
export interface JobPayloads {
  /** A message with no secret in it, sent as it is. */
  "mail.send": OutgoingMail & { kind: string };
  /** A single-use link, sealed (AES-GCM under AUTH_SECRET): no usable token rests in a job. */
  "mail.email_link": { purpose: EmailTokenPurpose; to: string; sealedUrl: string };
  /** One notification by email, if the person still wants it at once. */
  "notification.email": { notificationId: string };
  /** Finds people whose 08:00 has come and enqueues their digest. */
  "notification.digest_dispatch": Record<string, never>;
  /** One person's daily digest of what is still unread. */
  "notification.digest": { userId: string; day: string };
  /** Matches newly published projects against saved searches that alert at once. */
  "saved_search.match": Record<string, never>;
  /** The daily run for saved searches that alert once a day. */
  "saved_search.daily": Record<string, never>;
  /** Tells people of the weeks of hours that time moved (logging closed, review period ended). */
  "timesheet.timed_moves": Record<string, never>;
  /** Tells a member what they have not read in a conversation 10 minutes after a message. */
  "message.unread_email": { conversationId: string; userId: string };
  /** Removes uploads never attached within a day of upload, rows and bytes. */
  "file.prune_orphans": Record<string, never>;
  /** Releases a submitted milestone the client left unanswered, if it is still as submitted then. */
  "milestone.auto_release": { milestoneId: string; submittedAt: number };
  /** Returns a refund's money through the provider (the ledger moved when it was decided). */
  "payment.refund": { refundId: string };
  /** Settles payments and payouts left pending by a crash or a lost answer from the provider. */
  "payment.reconcile": Record<string, never>;
  /** Charges weeks of hours that went to the client and releases approved ones. */
  "timesheet.bill": Record<string, never>;
  /** Charges (or releases) one week now: enqueued when a week is submitted or approved. */
  "timesheet.bill_week": { weekId: string };
  /** Sends a freelancer's withdrawal through the provider. */
  "payout.send": { payoutId: string };
  /** One attempt at sending one outgoing webhook delivery; a failed one enqueues the next. */
  "webhook.deliver": { deliveryId: string; attempt: number };
  /** Applies one stored Stripe event, reading its object again from Stripe. */
  "webhook.stripe": { eventId: string };
  /** Tells the admins when the other party of a dispute has not answered within 5 days. */
  "dispute.check_answer": { disputeId: string };
  /** Recomputes every balance from the ledger and reports any difference. */
  "ledger.verify": Record<string, never>;
  /** Gathers one person's data into a zip in the file store and tells them it is ready. */
  "privacy.export": { exportId: string };
  /** Rebuilds the database file after accounts were erased, so no freed page keeps their data. */
  "privacy.compact": Record<string, never>;
  /** Removes what has expired (see `server/jobs/housekeeping.ts`). */
  "housekeeping.prune": Record<string, never>;
  /** Used only by the tests of the engines. */
  "test.effect": { key?: string; failTimes?: number; sleepMs?: number };
}

export type JobName = keyof JobPayloads;

export interface JobRecord<N extends JobName = JobName> {
  id: string;
  name: N;
  payload: JobPayloads[N];
  attempts: number;
  maxAttempts: number;
  requestId: string | null;
  /** The W3C traceparent of the span that enqueued it: its run continues that trace. */
  traceParent?: string | null;
}
