"use client";

import { useSyncExternalStore } from "react";

import {
  calendarDay,
  formatDateIn,
  formatDateTimeIn,
  formatDay,
  isOverdue,
} from "~/shared/format/dates";
import { timeAgo } from "~/shared/format/labels";

const noChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => "UTC";

/**
 * The viewer's time zone. The server cannot know it, so the server's HTML (and the hydration
 * pass, which must match it) says UTC; React then renders again with the browser's zone.
 */
export function useViewerTimeZone() {
  return useSyncExternalStore(noChanges, browserZone, serverZone);
}

/**
 * An instant in the viewer's zone: "Jan 15, 2030, 3:04 PM GMT+1", its date alone, or "3 hours
 * ago" (relative to the request's `now`, so server and browser agree) with the exact time as
 * its title.
 */
export function LocalTime(
  props: { date: Date } & (
    | { show?: "datetime" | "date" }
    | { show: "relative"; /** The request's clock reading. */ now: number }
  ),
) {
  const { date } = props;
  const zone = useViewerTimeZone();
  const exact = formatDateTimeIn(date, zone);
  const text =
    props.show === "relative"
      ? timeAgo(date, new Date(props.now))
      : props.show === "date"
        ? formatDateIn(date, zone)
        : exact;
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {text}
    </time>
  );
}

/** The badge on work past its due day: red, and a word, so it does not rely on colour. */
export function OverdueBadge() {
  return (
    <span className="inline-flex items-center rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800 dark:bg-red-950 dark:text-red-200">
      Overdue
    </span>
  );
}

/**
 * A due date (a calendar day, the same everywhere) and, until the work is `done` (approved, or
 * its contract over), an "Overdue" badge once the viewer's own today is past it.
 */
export function DueDate({
  due,
  done,
  now,
  label = "Due",
}: {
  due: Date;
  done: boolean;
  now: number;
  label?: string;
}) {
  const zone = useViewerTimeZone();
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <span>
        {label} <time dateTime={calendarDay(due)}>{formatDay(due)}</time>
      </span>
      {isOverdue(due, done, new Date(now), zone) ? <OverdueBadge /> : null}
    </span>
  );
}

/** " · edited 3 hours ago" after a posting line, for something edited since; nothing otherwise. */
export function EditedAt({ date, now }: { date: Date | null | undefined; now: number }) {
  if (!date) return null;
  return (
    <>
      {" · edited "}
      <LocalTime date={date} show="relative" now={now} />
    </>
  );
}
