import "server-only";

import { decryptSecret } from "~/server/crypto/tokens";
import { emailLinkMessage } from "~/server/domain/identity/email-links";
import { pruneOrphanFiles } from "~/server/domain/file/prune-orphan-files";
import { dispatchDigests } from "~/server/domain/notification/dispatch-digests";
import { emailNotification } from "~/server/domain/notification/email-notification";
import { sendDigest } from "~/server/domain/notification/send-digest";
import { matchSavedSearches } from "~/server/domain/saved-search/match-saved-searches";
import { announceTimedMoves } from "~/server/domain/timesheet/announce-timed-moves";
import { emailUnreadMessages } from "~/server/domain/message/email-unread-messages";
import { sendMail } from "~/server/mail/mailer";
import { autoReleaseMilestone } from "~/server/domain/contract/auto-release-milestone";
import { billWeek, billWeeks } from "~/server/domain/money/bill-week";
import { verifyLedger } from "~/server/domain/money/ledger";
import { reconcilePayments } from "~/server/domain/money/reconcile-payments";
import { sendPayout } from "~/server/domain/money/send-payout";
import { sendRefund } from "~/server/domain/money/send-refund";
import { checkDisputeAnswer } from "~/server/domain/dispute/check-dispute-answer";
import { processStripeEvent } from "~/server/domain/money/stripe-events";
import { deliverWebhook } from "~/server/domain/webhook/deliver-webhook";
import { applyPrivacyRetention } from "~/server/domain/privacy/apply-retention";
import { buildDataExport } from "~/server/domain/privacy/build-data-export";
import { compactDatabase } from "~/server/domain/privacy/compact-database";
import type { JobHandlers } from "./handler";
import { pruneExpired } from "./housekeeping";

/** Every job's handler, by name. Each is idempotent: delivery is at least once. */
export const jobHandlers: JobHandlers = {
  async "mail.send"(_ctx, { kind: _kind, ...mail }) {
    await sendMail(mail);
  },
  async "mail.email_link"(_ctx, { purpose, to, sealedUrl }) {
    await sendMail(emailLinkMessage(purpose, to, decryptSecret(sealedUrl)));
  },
  async "notification.email"(ctx, { notificationId }) {
    const sent = await emailNotification(ctx, notificationId);
    ctx.log.debug({ notificationId, sent }, "notification email");
  },
  async "notification.digest_dispatch"(ctx) {
    const enqueued = await dispatchDigests(ctx, ctx.now?.() ?? new Date());
    if (enqueued > 0) ctx.log.info({ enqueued }, "daily digests enqueued");
  },
  async "notification.digest"(ctx, payload) {
    const carried = await sendDigest(ctx, payload);
    ctx.log.info({ userId: payload.userId, carried }, "daily digest");
  },
  async "saved_search.match"(ctx) {
    await matchSavedSearches(ctx, { alert: "instantly", now: ctx.now?.() ?? new Date() });
  },
  async "saved_search.daily"(ctx) {
    await matchSavedSearches(ctx, { alert: "daily", now: ctx.now?.() ?? new Date() });
  },
  async "timesheet.timed_moves"(ctx) {
    const notified = await announceTimedMoves(ctx, ctx.now?.() ?? new Date());
    if (notified > 0) ctx.log.info({ notified }, "weeks moved by time announced");
  },
  async "message.unread_email"(ctx, payload) {
    const told = await emailUnreadMessages(ctx, payload);
    ctx.log.debug({ ...payload, told }, "unread messages");
  },
  async "file.prune_orphans"(ctx) {
    const removed = await pruneOrphanFiles(ctx.db, ctx.now?.() ?? new Date());
    if (removed.length === 0) return;
    const bytes = removed.reduce((sum, file) => sum + file.size, 0);
    ctx.log.info(
      { count: removed.length, bytes, files: removed.slice(0, 100) },
      "orphan uploads removed",
    );
  },
  async "milestone.auto_release"(ctx, payload) {
    const released = await autoReleaseMilestone(ctx, payload);
    ctx.log.info({ ...payload, released: Boolean(released) }, "milestone auto-release");
  },
  async "payment.refund"(ctx, { refundId }) {
    const status = await sendRefund(ctx, refundId);
    ctx.log.info({ refundId, status }, "refund sent");
  },
  async "payment.reconcile"(ctx) {
    const outcome = await reconcilePayments(ctx, ctx.now?.() ?? new Date());
    if (outcome.settled + outcome.abandoned + outcome.payouts > 0)
      ctx.log.info(outcome, "payments reconciled");
  },
  async "timesheet.bill"(ctx) {
    const counts = await billWeeks(ctx, ctx.now?.() ?? new Date());
    ctx.log.info(counts, "weeks billed");
  },
  async "timesheet.bill_week"(ctx, { weekId }) {
    const outcome = await billWeek(ctx, weekId, ctx.now?.() ?? new Date());
    ctx.log.info({ weekId, outcome }, "week billed");
  },
  async "dispute.check_answer"(ctx, { disputeId }) {
    const told = await checkDisputeAnswer(ctx, { disputeId });
    ctx.log.info({ disputeId, told }, "dispute answer checked");
  },
  async "payout.send"(ctx, { payoutId }) {
    const status = await sendPayout(ctx, payoutId);
    ctx.log.info({ payoutId, status }, "payout sent");
  },
  async "webhook.stripe"(ctx, { eventId }) {
    await processStripeEvent(ctx, eventId);
  },
  async "webhook.deliver"(ctx, payload) {
    const outcome = await deliverWebhook(ctx, payload);
    ctx.log.info({ ...payload, outcome }, "webhook delivery");
  },
  async "ledger.verify"(ctx) {
    const { drifted, unbalanced } = await verifyLedger(ctx.db);
    if (drifted.length + unbalanced.length > 0)
      ctx.log.error({ drifted, unbalanced }, "the ledger and its stored balances disagree");
    else ctx.log.info("ledger verified: every balance is the sum of its entries");
  },
  async "privacy.export"(ctx, { exportId }) {
    const built = await buildDataExport(ctx, exportId);
    ctx.log.info({ exportId, built }, "data export");
  },
  async "privacy.compact"(ctx) {
    await compactDatabase(ctx.db);
    ctx.log.info("database rebuilt after an account was erased");
  },
  async "housekeeping.prune"(ctx) {
    const now = ctx.now?.() ?? new Date();
    const removed = await pruneExpired(ctx.db, now);
    const privacy = await applyPrivacyRetention(ctx.db, now);
    ctx.log.info({ removed, privacy }, "housekeeping removed expired rows");
  },
};
