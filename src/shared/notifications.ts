/**
 * Every kind of notification Guild sends, with the words a person reads on the preferences
 * page. Later features add their kinds here and nowhere else.
 */
export const notificationKinds = [
  "proposal.received",
  "proposal.shortlisted",
  "proposal.declined",
  "proposal.hired",
  "invitation.received",
  "milestone.planned",
  "milestone.edited",
  "milestone.submitted",
  "milestone.changes_requested",
  "milestone.approved",
  "amendment.proposed",
  "amendment.answered",
  "timesheet.submitted",
  "timesheet.approved",
  "timesheet.disputed",
  "contract.ended",
  "contract.completed",
  "review.received",
  "review.replied",
  "saved_search.matched",
  "message.unread",
  "payment.funded",
  "payment.released",
  "payment.failed",
  "payment.refunded",
  "payout.paid",
  "dispute.opened",
  "dispute.posted",
  "dispute.withdrawn",
  "dispute.resolved",
  "dispute.unanswered",
  "report.handled",
  "content.hidden",
  "account.status_changed",
  "data_export.ready",
  "webhook.disabled",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const emailSettings = ["immediately", "daily", "off"] as const;
export type EmailSetting = (typeof emailSettings)[number];

export const emailSettingLabels: Record<EmailSetting, string> = {
  immediately: "Email at once",
  daily: "Daily digest",
  off: "No email",
};

/** Groups and sentences for the preferences page. */
export const notificationKindInfo: Record<NotificationKind, { group: string; label: string }> = {
  "proposal.received": { group: "Proposals", label: "A freelancer sends a proposal on my project" },
  "proposal.shortlisted": { group: "Proposals", label: "My proposal is shortlisted" },
  "proposal.declined": { group: "Proposals", label: "My proposal is declined" },
  "proposal.hired": { group: "Proposals", label: "My proposal is accepted and I am hired" },
  "invitation.received": { group: "Proposals", label: "A client invites me to a project" },
  "milestone.planned": { group: "Milestones", label: "A milestone is added to my contract" },
  "milestone.edited": { group: "Milestones", label: "A milestone of my contract is edited" },
  "milestone.submitted": { group: "Milestones", label: "Work is submitted for my review" },
  "milestone.changes_requested": { group: "Milestones", label: "My client asks for changes" },
  "milestone.approved": { group: "Milestones", label: "My submitted work is approved" },
  "amendment.proposed": { group: "Contracts", label: "A change of amount is asked on my contract" },
  "amendment.answered": { group: "Contracts", label: "My asked change of amount is answered" },
  "timesheet.submitted": {
    group: "Hourly work",
    label: "A week of hours is submitted for my review",
  },
  "timesheet.approved": { group: "Hourly work", label: "My week of hours is approved" },
  "timesheet.disputed": { group: "Hourly work", label: "My week of hours is disputed" },
  "contract.ended": { group: "Contracts", label: "A contract of mine is ended" },
  "contract.completed": { group: "Contracts", label: "A contract of mine is completed" },
  "review.received": { group: "Reviews", label: "I receive a review" },
  "review.replied": { group: "Reviews", label: "Someone replies to my review" },
  "saved_search.matched": {
    group: "Saved searches",
    label: "A new project matches my saved search",
  },
  "message.unread": {
    group: "Messages",
    label: "A message to me stays unread for 10 minutes",
  },
  "payment.funded": { group: "Payments", label: "A client funds a milestone of mine" },
  "payment.released": { group: "Payments", label: "Money is released to me" },
  "payment.failed": { group: "Payments", label: "A payment of mine fails" },
  "payment.refunded": { group: "Payments", label: "Money is refunded to me" },
  "payout.paid": { group: "Payments", label: "A withdrawal of mine is paid out" },
  "dispute.opened": { group: "Disputes", label: "A dispute is opened on my contract" },
  "dispute.posted": { group: "Disputes", label: "Someone writes in a dispute of mine" },
  "dispute.withdrawn": { group: "Disputes", label: "A dispute on my contract is withdrawn" },
  "dispute.resolved": { group: "Disputes", label: "A dispute of mine is settled" },
  "dispute.unanswered": {
    group: "Disputes",
    label: "A dispute goes unanswered for 5 days (admins)",
  },
  "report.handled": { group: "Trust and safety", label: "An admin handles something I reported" },
  "content.hidden": { group: "Trust and safety", label: "An admin hides or restores my content" },
  "account.status_changed": {
    group: "Trust and safety",
    label: "An admin suspends or reinstates my account",
  },
  "data_export.ready": { group: "Account", label: "A copy of my data is ready to download" },
  "webhook.disabled": {
    group: "Developer",
    label: "A webhook endpoint of mine is turned off after failing deliveries",
  },
};

/** What an account without a stored choice gets. */
export const defaultEmailSetting: EmailSetting = "immediately";

/**
 * Who can receive each kind: a client never has a proposal shortlisted, a freelancer never
 * receives one. The preferences page offers a person the kinds of their role (all to admins).
 */
const audience: Record<NotificationKind, "client" | "freelancer" | "both" | "admin"> = {
  "proposal.received": "client",
  "proposal.shortlisted": "freelancer",
  "proposal.declined": "freelancer",
  "proposal.hired": "freelancer",
  "invitation.received": "freelancer",
  "milestone.planned": "freelancer",
  "milestone.edited": "freelancer",
  "milestone.submitted": "client",
  "milestone.changes_requested": "freelancer",
  "milestone.approved": "freelancer",
  "amendment.proposed": "freelancer",
  "amendment.answered": "client",
  "timesheet.submitted": "client",
  "timesheet.approved": "freelancer",
  "timesheet.disputed": "freelancer",
  "contract.ended": "freelancer",
  "contract.completed": "freelancer",
  "review.received": "both",
  "review.replied": "both",
  "saved_search.matched": "both",
  "message.unread": "both",
  "payment.funded": "freelancer",
  "payment.released": "freelancer",
  "payment.failed": "client",
  "payment.refunded": "client",
  "payout.paid": "freelancer",
  "dispute.opened": "both",
  "dispute.posted": "both",
  "dispute.withdrawn": "both",
  "dispute.resolved": "both",
  "dispute.unanswered": "admin",
  "report.handled": "both",
  "content.hidden": "both",
  "account.status_changed": "both",
  "data_export.ready": "both",
  "webhook.disabled": "both",
};

export function notificationKindsFor(role: "client" | "freelancer" | "admin") {
  return notificationKinds.filter(
    (kind) => role === "admin" || audience[kind] === "both" || audience[kind] === role,
  );
}
