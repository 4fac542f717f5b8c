"use client";

import { EmptyState } from "~/app/_components/empty-state";
import {
  formatDeadline,
  formatHours,
  formatWeekOf,
  formatWeeklyLimit,
} from "~/shared/format/hours";
import { formatDate, weekStatusLabel } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import type { RouterOutputs } from "~/trpc/react";
import { InDisputeNote, useActiveDispute } from "../contract-disputes";
import { EntryItem } from "./entry-item";
import { ReviewWeek } from "./review-week";
import { SubmitWeek } from "./submit-week";

type Timesheet = RouterOutputs["timesheet"]["get"];
export type Week = Timesheet["weeks"][number];

const badge: Record<Week["state"], string> = {
  open: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  submitted: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  approved: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  auto_approved: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  disputed: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

/** Where the week stands, in a sentence for whoever is looking. */
function explanation(week: Week, role: Timesheet["role"]) {
  const review = week.reviewEndsAt ? formatDeadline(week.reviewEndsAt) : "";
  switch (week.state) {
    case "open":
      return role === "freelancer"
        ? `Open for logging until ${formatDeadline(week.closesAt)}. It goes to the client then, or when you submit it.`
        : `The freelancer is logging time. It comes to you for review by ${formatDeadline(week.closesAt)}.`;
    case "submitted":
      return `${week.autoSubmitted ? "Went to the client by itself when logging closed" : "Sent to the client"} on ${formatDeadline(week.submittedAt!)}. ${role === "client" ? "Review it by" : "The client reviews it by"} ${review}; after that it counts as approved.`;
    case "approved":
      return `Approved on ${formatDate(week.approvedAt!)}.`;
    case "auto_approved":
      return `Counts as approved: the review period ended on ${review} without an answer.`;
    case "disputed":
      return role === "freelancer"
        ? "The client disputed this week. Amend the entries marked disputed (or leave them as they are), then resubmit it."
        : "You disputed this week. It comes back to you when the freelancer resubmits it.";
  }
}

/** One week of the timesheet: its time, total and amount, state, and what the viewer may do. */
export function WeekCard({ week, sheet }: { week: Week; sheet: Timesheet }) {
  const title = formatWeekOf(week.weekStart);
  const headingId = `week-${week.weekStart.getTime()}`;
  const hours = `${formatHours(week.totalMinutes)}${week.current ? " this week" : ""}`;
  const dispute = useActiveDispute(sheet.contractId, week.id, sheet.role !== "observer");
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {title}
        </h3>
        <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${badge[week.state]}`}>
          {weekStatusLabel[week.state]}
        </span>
      </div>
      <p className="text-sm">
        <strong className="tabular-nums">
          {hours} · {formatMoney(week.amountMinor, sheet.currency)}
        </strong>
        <span className="text-slate-600 dark:text-slate-400">
          {" "}
          · limit {formatWeeklyLimit(week.limitMinutes)}
        </span>
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{explanation(week, sheet.role)}</p>
      <WeekMoney week={week} sheet={sheet} />
      {dispute ? <InDisputeNote contractId={sheet.contractId} dispute={dispute} /> : null}
      {week.disputeReason && week.disputedAt ? (
        <p className="rounded-lg border-l-4 border-red-400 bg-red-50 px-3 py-2 text-sm wrap-anywhere dark:bg-red-950">
          Disputed on {formatDate(week.disputedAt)}: {week.disputeReason}
        </p>
      ) : null}
      {week.entries.length === 0 ? (
        <EmptyState>Nothing logged this week yet.</EmptyState>
      ) : (
        <ul
          aria-label={`Time logged, ${title}`}
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
        >
          {week.entries.map((entry) => (
            <li key={entry.id}>
              <EntryItem entry={entry} week={week} contractId={sheet.contractId} />
            </li>
          ))}
        </ul>
      )}
      {week.canSubmit && week.id ? (
        <SubmitWeek
          weekId={week.id}
          contractId={sheet.contractId}
          title={title}
          again={week.state === "disputed"}
        />
      ) : null}
      {week.canReview && week.id && !dispute ? (
        <ReviewWeek week={week} title={title} contractId={sheet.contractId} />
      ) : null}
    </article>
  );
}

/** Where the week's money is: charged and held through the review, or released. */
function WeekMoney({ week, sheet }: { week: Week; sheet: Timesheet }) {
  const { heldMinor, releasedMinor } = week.money;
  if (heldMinor === 0 && releasedMinor === 0) return null;
  const text =
    releasedMinor > 0
      ? sheet.role === "freelancer"
        ? `Paid: ${formatMoney(releasedMinor, sheet.currency)} released to your earnings, less Guild's fee.`
        : `Paid: ${formatMoney(releasedMinor, sheet.currency)} released to the freelancer.`
      : `Billed: ${formatMoney(heldMinor, sheet.currency)} charged and held in escrow until the week is approved.`;
  return <p className="text-sm font-medium text-emerald-800 dark:text-emerald-300">{text}</p>;
}
