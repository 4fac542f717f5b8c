"use client";

import { useState } from "react";

import type { ReportSubject } from "~/shared/trust";
import { ReportDialog } from "./report-dialog";

const noun: Record<ReportSubject, string> = {
  project: "project",
  profile: "profile",
  review: "review",
  message: "message",
};

/**
 * "Report" for something the person can see and did not write: opens the report dialog, then
 * says "Reported" in its place. `name` tells a screen reader which thing (a page has many reviews).
 */
export function ReportButton({
  subjectType,
  subjectId,
  name,
  className,
}: {
  subjectType: ReportSubject;
  subjectId: string;
  name: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [reported, setReported] = useState(false);
  if (reported)
    return (
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Reported: thank you
      </span>
    );
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className={
          className ??
          "rounded-md px-1.5 py-0.5 text-sm text-slate-600 underline-offset-2 hover:text-red-700 hover:underline dark:text-slate-400 dark:hover:text-red-400"
        }
      >
        Report<span className="sr-only"> {name}</span>
      </button>
      {open ? (
        <ReportDialog
          subjectType={subjectType}
          subjectId={subjectId}
          title={`Report this ${noun[subjectType]}?`}
          onReported={() => {
            setOpen(false);
            setReported(true);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
