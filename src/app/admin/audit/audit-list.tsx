"use client";

import Link from "next/link";
import type { z } from "zod";

import { EmptyState } from "~/app/_components/empty-state";
import { LocalTime } from "~/app/_components/local-time";
import type { AuditEventsInput } from "~/shared/schemas/admin";
import { api } from "~/trpc/react";
import { ShowMore } from "~/app/_components/show-more";

const muted = "text-slate-600 dark:text-slate-400";
const link = "text-brand-700 dark:text-brand-300 wrap-anywhere underline";

/** The detail besides the reason, as `key: value` pairs a person can read. */
function otherDetail(detail: Record<string, unknown> | null) {
  if (!detail) return null;
  const pairs = Object.entries(detail)
    .filter(([key]) => key !== "reason")
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  return pairs.length ? pairs.join(" · ") : null;
}

/** The events, 50 at a time ("Show more" continues below the last one shown). */
export function AuditList({
  input,
  filtered,
}: {
  input: z.input<typeof AuditEventsInput>;
  filtered: boolean;
}) {
  const [{ pages }, list] = api.admin.auditEvents.useSuspenseInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
  });
  const events = pages.flatMap((page) => page.items);
  if (events.length === 0)
    return (
      <EmptyState>
        {filtered ? "No event matches these filters." : "Nothing has been recorded yet."}
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-4">
      <ol
        aria-label="Audit events"
        className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
      >
        {events.map((event) => {
          const other = otherDetail(event.detail);
          return (
            <li key={event.id} className="flex flex-col gap-1 px-4 py-3">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                <span className="font-semibold wrap-anywhere">{event.action}</span>
                <span className={muted}>
                  <LocalTime date={event.createdAt} />
                </span>
              </div>
              <p className={`wrap-anywhere ${muted}`}>
                By{" "}
                {event.actorId ? (
                  <Link href={`/admin/people/${event.actorId}`} className={link}>
                    {event.actorName ?? event.actorId}
                  </Link>
                ) : (
                  "Guild or someone signed out"
                )}
                {event.targetType ? (
                  <>
                    {" · about "}
                    {event.targetType === "user" && event.targetId ? (
                      <Link href={`/admin/people/${event.targetId}`} className={link}>
                        {event.subjectName ?? event.targetId}
                      </Link>
                    ) : (
                      `${event.targetType} ${event.targetId ?? ""}`
                    )}
                  </>
                ) : null}
                {event.ip ? ` · ${event.ip}` : ""}
              </p>
              {typeof event.detail?.reason === "string" ? (
                <p className="wrap-anywhere">Reason: {event.detail.reason}</p>
              ) : null}
              {other ? <p className={`text-xs wrap-anywhere ${muted}`}>{other}</p> : null}
            </li>
          );
        })}
      </ol>
      <ShowMore list={list} />
    </div>
  );
}
