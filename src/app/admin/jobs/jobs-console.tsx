"use client";

import { useEffect, useRef, useState } from "react";

import { badge } from "~/app/admin/_components/admin-parts";
import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { formatDateTime } from "~/shared/format/labels";
import { DeadJobActionInput, JobNameActionInput } from "~/shared/schemas/ops";
import { api, type RouterOutputs } from "~/trpc/react";
import { JobActionForm } from "./job-action-form";

type DeadJob = RouterOutputs["ops"]["jobs"]["dead"][number];
type Action =
  { kind: "retry" | "discard"; job: DeadJob } | { kind: "pause" | "resume"; name: string };

const cell = "px-3 py-2 align-top";
const head = "px-3 py-2 text-left font-medium whitespace-nowrap";
const actionButton =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/** The jobs console: queues by name (pause, resume) and the dead jobs (retry, discard). */
export function JobsConsole() {
  const [jobs] = api.ops.jobs.useSuspenseQuery();
  const utils = api.useUtils();
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const succeed = (message: string) => async () => {
    await utils.ops.jobs.invalidate();
    setAction(null);
    setDone(message);
  };
  // The form that had focus is gone: the outcome takes it, so keyboard users stay in place.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const retry = api.ops.retryJob.useMutation({
    onSuccess: succeed("The job is waiting to run again, with fresh attempts."),
  });
  const discard = api.ops.discardJob.useMutation({ onSuccess: succeed("The job is discarded.") });
  const pause = api.ops.pauseJob.useMutation({
    onSuccess: succeed("Paused: its waiting jobs stay in line until you resume it."),
  });
  const resume = api.ops.resumeJob.useMutation({
    onSuccess: succeed("Resumed: its waiting jobs run again."),
  });
  const open = (next: Action) => {
    setDone(null);
    setAction(next);
  };
  const showRelayed = jobs.names.some((entry) => entry.relayed > 0);

  return (
    <div className="flex flex-col gap-8">
      <div ref={doneRef} tabIndex={-1} className="focus:outline-none">
        {done ? <FormAlert tone="success">{done}</FormAlert> : null}
      </div>
      {action?.kind === "retry" ? (
        <JobActionForm
          title={`Retry ${action.job.name}`}
          explain="It waits to run now with a fresh set of attempts (on BullMQ it is handed to Redis again). A paused name's job waits for the resume."
          submitLabel="Retry job"
          pendingLabel="Retrying…"
          schema={DeadJobActionInput}
          mutation={retry}
          values={(reason) => ({ id: action.job.id, reason })}
          onCancel={() => setAction(null)}
        />
      ) : action?.kind === "discard" ? (
        <JobActionForm
          title={`Discard ${action.job.name}`}
          explain="The job is removed and will not run. The audit log keeps what it was and its last error."
          submitLabel="Discard job"
          pendingLabel="Discarding…"
          danger
          schema={DeadJobActionInput}
          mutation={discard}
          values={(reason) => ({ id: action.job.id, reason })}
          onCancel={() => setAction(null)}
        />
      ) : action?.kind === "pause" ? (
        <JobActionForm
          title={`Pause ${action.name}`}
          explain="No new job of this name starts until you resume it: waiting ones stay in line. Jobs already running finish; on BullMQ, those already handed to Redis still run."
          submitLabel="Pause"
          pendingLabel="Pausing…"
          schema={JobNameActionInput}
          mutation={pause}
          values={(reason) => ({ name: action.name, reason })}
          onCancel={() => setAction(null)}
        />
      ) : action?.kind === "resume" ? (
        <JobActionForm
          title={`Resume ${action.name}`}
          explain="Its waiting jobs run again, the overdue ones at once."
          submitLabel="Resume"
          pendingLabel="Resuming…"
          schema={JobNameActionInput}
          mutation={resume}
          values={(reason) => ({ name: action.name, reason })}
          onCancel={() => setAction(null)}
        />
      ) : null}

      <section aria-labelledby="queues-heading" className="flex flex-col gap-3">
        <h2 id="queues-heading" className="text-xl font-semibold">
          Queues by name
        </h2>
        {jobs.names.length === 0 ? (
          <EmptyState>No jobs are waiting, running or dead.</EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
            <table className="w-full text-sm tabular-nums">
              <caption className="sr-only">Jobs by name: waiting, running and dead</caption>
              <thead className="bg-slate-50 text-slate-600 dark:bg-slate-900 dark:text-slate-400">
                <tr>
                  <th scope="col" className={head}>
                    Name
                  </th>
                  <th scope="col" className={`${head} text-right`}>
                    Waiting
                  </th>
                  {showRelayed ? (
                    <th scope="col" className={`${head} text-right`}>
                      In Redis
                    </th>
                  ) : null}
                  <th scope="col" className={`${head} text-right`}>
                    Running
                  </th>
                  <th scope="col" className={`${head} text-right`}>
                    Dead
                  </th>
                  <th scope="col" className={head}>
                    State
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.names.map((entry) => (
                  <tr key={entry.name} className="border-t border-slate-200 dark:border-slate-800">
                    <th scope="row" className={`${cell} text-left font-mono font-normal`}>
                      {entry.name}
                    </th>
                    <td className={`${cell} text-right`}>{entry.waiting}</td>
                    {showRelayed ? <td className={`${cell} text-right`}>{entry.relayed}</td> : null}
                    <td className={`${cell} text-right`}>{entry.running}</td>
                    <td className={`${cell} text-right`}>{entry.dead}</td>
                    <td className={cell}>
                      <div className="flex flex-wrap items-center gap-2">
                        {entry.paused ? (
                          <>
                            <span className={badge.warning}>Paused</span>
                            <button
                              type="button"
                              className={actionButton}
                              aria-label={`Resume ${entry.name}`}
                              onClick={() => open({ kind: "resume", name: entry.name })}
                            >
                              Resume
                            </button>
                          </>
                        ) : (
                          <>
                            <span className={badge.neutral}>Running</span>
                            <button
                              type="button"
                              className={actionButton}
                              aria-label={`Pause ${entry.name}`}
                              onClick={() => open({ kind: "pause", name: entry.name })}
                            >
                              Pause
                            </button>
                          </>
                        )}
                      </div>
                      {entry.paused ? (
                        <p className="mt-1 text-xs wrap-anywhere text-slate-600 dark:text-slate-400">
                          Since {formatDateTime(entry.paused.pausedAt)}: {entry.paused.reason}
                        </p>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="dead-heading" className="flex flex-col gap-3">
        <h2 id="dead-heading" className="text-xl font-semibold">
          Dead jobs{jobs.deadTotal > 0 ? ` (${jobs.deadTotal})` : ""}
        </h2>
        {jobs.dead.length === 0 ? (
          <EmptyState>No dead jobs: everything that failed was retried until it worked.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {jobs.dead.map((job) => (
              <li
                key={job.id}
                aria-labelledby={`dead-${job.id}`}
                className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`dead-${job.id}`} className="font-mono text-sm font-semibold">
                    {job.name}
                  </h3>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    Died {job.finishedAt ? formatDateTime(job.finishedAt) : "at an unknown time"}{" "}
                    after {job.attempts} of {job.maxAttempts} attempts
                  </p>
                </div>
                <p className="font-mono text-xs wrap-anywhere text-slate-500 dark:text-slate-400">
                  {job.id}
                </p>
                <pre className="max-h-40 overflow-auto rounded-lg bg-slate-100 p-3 text-xs wrap-anywhere whitespace-pre-wrap text-red-800 dark:bg-slate-950 dark:text-red-300">
                  {job.lastError ?? "No error was recorded."}
                </pre>
                <div className="flex flex-wrap gap-2">
                  <button
                    type="button"
                    className={actionButton}
                    aria-label={`Retry ${job.name} ${job.id}`}
                    onClick={() => open({ kind: "retry", job })}
                  >
                    Retry
                  </button>
                  <button
                    type="button"
                    className={actionButton}
                    aria-label={`Discard ${job.name} ${job.id}`}
                    onClick={() => open({ kind: "discard", job })}
                  >
                    Discard
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
