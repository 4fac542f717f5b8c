import "server-only";

import { env } from "~/env";
import {
  emailSettingLabels,
  notificationKindInfo,
  type NotificationKind,
} from "~/shared/notifications";

/**
 * Notification emails, plain text and HTML, rendered on the server. Every value a person typed
 * (names, titles, reasons) is escaped in the HTML; links are absolute, to the public origin.
 */

export const PREFERENCES_PATH = "/account/notifications";

/** What the email asks of the reader, and the words of its button, per kind. */
const templates: Record<NotificationKind, { next: string; action: string }> = {
  "proposal.received": {
    next: "Read the proposal beside the others and shortlist, hire or decline.",
    action: "Read the proposal",
  },
  "proposal.shortlisted": {
    next: "The client is considering your proposal more closely; keep an eye on your proposals.",
    action: "Open the project",
  },
  "proposal.declined": {
    next: "Other projects are waiting for proposals like yours.",
    action: "Open the project",
  },
  "proposal.hired": {
    next: "Your contract is ready: see what was agreed and start the work.",
    action: "Open the contract",
  },
  "invitation.received": {
    next: "Read the brief and send a proposal, or decline from your dashboard.",
    action: "Read the brief",
  },
  "milestone.planned": {
    next: "See the milestone in the contract's plan.",
    action: "Open the contract",
  },
  "milestone.edited": {
    next: "See what changed in the contract's plan.",
    action: "Open the contract",
  },
  "milestone.submitted": {
    next: "Review the work and approve it, or send it back with what to change.",
    action: "Review the work",
  },
  "milestone.changes_requested": {
    next: "Read what the client asks for and submit the milestone again.",
    action: "Open the contract",
  },
  "milestone.approved": {
    next: "The milestone is done.",
    action: "Open the contract",
  },
  "amendment.proposed": {
    next: "Agree to the new amount or decline it on the contract's page.",
    action: "Answer the request",
  },
  "amendment.answered": {
    next: "See the contract's amount and plan.",
    action: "Open the contract",
  },
  "timesheet.submitted": {
    next: "Approve the week or dispute entries before its review period ends; after that it counts as approved.",
    action: "Review the week",
  },
  "timesheet.approved": {
    next: "The week's hours are approved.",
    action: "Open the timesheet",
  },
  "timesheet.disputed": {
    next: "Read the client's reason, amend the disputed entries and submit the week again.",
    action: "Open the timesheet",
  },
  "contract.ended": {
    next: "You can now review each other.",
    action: "Open the contract",
  },
  "contract.completed": {
    next: "You can now review each other.",
    action: "Open the contract",
  },
  "review.received": {
    next: "You may reply to it once, on the contract's page.",
    action: "Read the review",
  },
  "review.replied": {
    next: "Read the reply beside your review.",
    action: "Read the reply",
  },
  "saved_search.matched": {
    next: "Read the brief while it is new.",
    action: "Open the project",
  },
  "message.unread": {
    next: "Read the conversation and answer when you are ready.",
    action: "Open the conversation",
  },
  "payment.funded": {
    next: "The money is held in escrow for this milestone: you can start the work.",
    action: "Open the contract",
  },
  "payment.released": {
    next: "It is in your available balance: withdraw it whenever you like.",
    action: "See your earnings",
  },
  "payment.failed": {
    next: "Check your card, then pay again so the work can go on.",
    action: "Open billing",
  },
  "payment.refunded": {
    next: "The money goes back to the card you paid with; banks take a few days to show it.",
    action: "Open billing",
  },
  "payout.paid": {
    next: "Your bank shows it once its own processing is done.",
    action: "See your earnings",
  },
  "dispute.opened": {
    next: "Its money is frozen until it is settled. Answer in the dispute with your side and any evidence within 5 days.",
    action: "Open the dispute",
  },
  "dispute.posted": {
    next: "Read it in the dispute's thread, and answer there.",
    action: "Open the dispute",
  },
  "dispute.withdrawn": {
    next: "The money it froze follows the contract's usual course again.",
    action: "Open the dispute",
  },
  "dispute.resolved": {
    next: "The decision and where the money went are on the dispute's page.",
    action: "Read the decision",
  },
  "dispute.unanswered": {
    next: "Take it up: the other party has not answered in 5 days.",
    action: "Open the dispute",
  },
  "report.handled": {
    next: "Thank you for telling us: reports like yours keep Guild safe.",
    action: "Open Guild",
  },
  "content.hidden": {
    next: "Only you and Guild's admins see it now, marked with the reason. Reply to this email if you think it is a mistake.",
    action: "Open it",
  },
  "account.status_changed": {
    next: "The reason is above. Reply to this email if you think it is a mistake.",
    action: "Open Guild",
  },
  "data_export.ready": {
    next: "Download it from Account → Your data within 7 days; only you can, while signed in.",
    action: "Download my data",
  },
  "webhook.disabled": {
    next: "No more events go to it until you fix the receiver and turn it back on under Account → Developer.",
    action: "Open your webhooks",
  },
};

export function appUrl(path: string) {
  return new URL(path, env.APP_URL ?? "http://localhost:3000").toString();
}

/** The header mail readers turn into an unsubscribe button: it opens the preferences. */
export function listUnsubscribe() {
  return { "List-Unsubscribe": `<${appUrl(PREFERENCES_PATH)}>` };
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** Mail subjects are one line: a title with a line break in it must not start a new header. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export interface NotificationForEmail {
  kind: NotificationKind;
  title: string;
  body: string | null;
  href: string;
}

const page = (content: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"></head><body style="margin:0;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5;color:#0f172a;background:#f8fafc"><div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px">${content}</div></body></html>`;

const button = (href: string, label: string) =>
  `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 16px;border-radius:8px;background:#1d4ed8;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(label)}</a></p>`;

const quote = (body: string) =>
  `<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid #cbd5e1;color:#334155;white-space:pre-wrap">${escapeHtml(body)}</blockquote>`;

function footer(why: string) {
  const preferences = appUrl(PREFERENCES_PATH);
  return {
    text: `--\n${why} Choose what Guild emails you: ${preferences}\n`,
    html: `<hr style="margin:24px 0;border:0;border-top:1px solid #e2e8f0"><p style="margin:0;font-size:14px;color:#475569">${escapeHtml(why)} <a href="${escapeHtml(preferences)}" style="color:#1d4ed8">Choose what Guild emails you</a>.</p>`,
  };
}

/** One notification, sent at once. */
export function notificationEmail(recipient: { name: string }, notice: NotificationForEmail) {
  const { next, action } = templates[notice.kind];
  const link = appUrl(notice.href);
  const { label } = notificationKindInfo[notice.kind];
  const end = footer(
    `You get this email because “${label}” is set to “${emailSettingLabels.immediately}”.`,
  );
  const text = [
    `Hi ${recipient.name},`,
    "",
    notice.title,
    ...(notice.body ? ["", notice.body.replace(/^/gm, "> ")] : []),
    "",
    `${next}`,
    `${action}: ${link}`,
    "",
    end.text,
  ].join("\n");
  const html = page(
    [
      `<p style="margin:0 0 16px">Hi ${escapeHtml(recipient.name)},</p>`,
      `<p style="margin:0;font-size:18px;font-weight:600">${escapeHtml(notice.title)}</p>`,
      notice.body ? quote(notice.body) : "",
      `<p style="margin:16px 0 0">${escapeHtml(next)}</p>`,
      button(link, action),
      end.html,
    ].join(""),
  );
  return { subject: oneLine(notice.title), text, html };
}

/** The daily digest: what is still unread, newest first. */
export function digestEmail(recipient: { name: string }, notices: NotificationForEmail[]) {
  const count = notices.length;
  const subject = `Guild: ${count} unread notification${count === 1 ? "" : "s"}`;
  const all = appUrl("/notifications");
  const end = footer(
    `You get this daily digest for the kinds of notification you set to “${emailSettingLabels.daily}”.`,
  );
  const text = [
    `Hi ${recipient.name},`,
    "",
    `Here is what happened on Guild that you have not read yet:`,
    "",
    ...notices.flatMap((notice) => [`- ${notice.title}`, `  ${appUrl(notice.href)}`]),
    "",
    `All your notifications: ${all}`,
    "",
    end.text,
  ].join("\n");
  const items = notices
    .map(
      (notice) =>
        `<li style="margin:0 0 12px"><a href="${escapeHtml(appUrl(notice.href))}" style="color:#1d4ed8">${escapeHtml(notice.title)}</a>${notice.body ? `<br><span style="color:#475569">${escapeHtml(oneLine(notice.body))}</span>` : ""}</li>`,
    )
    .join("");
  const html = page(
    [
      `<p style="margin:0 0 16px">Hi ${escapeHtml(recipient.name)},</p>`,
      `<p style="margin:0 0 16px">Here is what happened on Guild that you have not read yet:</p>`,
      `<ul style="margin:0;padding-left:20px">${items}</ul>`,
      button(all, "See all notifications"),
      end.html,
    ].join(""),
  );
  return { subject, text, html };
}
