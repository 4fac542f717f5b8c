"use client";

import Link from "next/link";
import { useState } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { LocalTime } from "~/app/_components/local-time";
import type { ModerationQueueInput } from "~/shared/schemas/moderation";
import { reportReasonLabels } from "~/shared/trust";
import { api, type RouterOutputs } from "~/trpc/react";
import { badge } from "../_components/admin-parts";
import { ModerationForm } from "./moderation-form";
import { ReportedConversation } from "./reported-conversation";
import { subjectLabels } from "./subject-labels";
import { ShowMore } from "~/app/_components/show-more";

type Item = RouterOutputs["moderation"]["queue"]["items"][number];

const muted = "text-slate-600 dark:text-slate-400";

/** The queue, 20 subjects at a time; acting on one removes it (its reports are closed). */
export function ContentQueue({ input }: { input: ModerationQueueInput }) {
  const [{ pages }, list] = api.moderation.queue.useSuspenseInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
  });
  const [done, setDone] = useState<string | null>(null);
  const items = pages.flatMap((page) => page.items);
  return (
    <div className="flex flex-col gap-4">
      {done ? <FormAlert tone="success">{done}</FormAlert> : null}
      {items.length === 0 ? (
        <EmptyState>Nothing is waiting: every report has been handled.</EmptyState>
      ) : (
        <ol aria-label="Reported content" className="flex flex-col gap-4">
          {items.map((item) => (
            <li key={`${item.subjectType}:${item.subjectId}`}>
              <QueueItem
                item={item}
                onDone={(sentence) => {
                  setDone(sentence);
                  void list.refetch();
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <ShowMore list={list} />
    </div>
  );
}

function QueueItem({ item, onDone }: { item: Item; onDone: (sentence: string) => void }) {
  const label = subjectLabels[item.subjectType].one;
  const headingId = `subject-${item.subjectId}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-semibold">
          {label}{" "}
          <span className="font-normal">
            reported {item.reportCount} {item.reportCount === 1 ? "time" : "times"}
          </span>
        </h3>
        {item.hiddenAt ? <span className={badge.warning}>Hidden</span> : null}
        {!item.exists ? <span className={badge.neutral}>Removed since</span> : null}
        <span className={`ml-auto text-sm ${muted}`}>
          Last <LocalTime date={item.latestAt} />
        </span>
      </header>
      <ul aria-label="Reasons" className="flex flex-wrap gap-1.5">
        {item.reasons.map((reason) => (
          <li key={reason} className={badge.danger}>
            {reportReasonLabels[reason]}
          </li>
        ))}
      </ul>
      <figure className="flex flex-col gap-1">
        <figcaption className={`text-xs font-medium uppercase ${muted}`}>
          What it said when reported
        </figcaption>
        <blockquote className="max-h-48 overflow-y-auto rounded-lg border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm wrap-anywhere whitespace-pre-wrap dark:border-slate-600 dark:bg-slate-800">
          {item.snapshot || <span className={muted}>(no text)</span>}
        </blockquote>
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">
          {item.reports.length === 1 ? "The report" : `The ${item.reports.length} reports`}
        </summary>
        <ul className="mt-2 flex flex-col gap-2">
          {item.reports.map((report) => (
            <li key={report.id} className="wrap-anywhere">
              <span className="font-medium">{report.reporterName}</span>{" "}
              <span className={muted}>
                · {reportReasonLabels[report.reason]} · <LocalTime date={report.createdAt} />
              </span>
              {report.note ? <p className="mt-0.5">“{report.note}”</p> : null}
            </li>
          ))}
        </ul>
      </details>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {item.href && item.subjectType !== "message" ? (
          <Link href={item.href} className="text-brand-700 dark:text-brand-300 underline">
            Open the {label.toLowerCase()}
          </Link>
        ) : null}
      </div>
      {item.messageReportId ? <ReportedConversation reportId={item.messageReportId} /> : null}
      <ModerationForm item={item} onDone={onDone} />
    </article>
  );
}
