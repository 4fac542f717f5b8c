"use client";

import { useState, type ReactNode } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Markdown } from "~/app/_components/markdown";
import { formatDateTimeIn } from "~/shared/format/dates";
import { api } from "~/trpc/react";
import { AttachmentList } from "~/app/_components/attachment-list";
import { EditMessageForm } from "./edit-message-form";
import { ReportDialog } from "~/app/_components/report/report-dialog";
import { timeOfDay } from "./thread-dates";
import type { ThreadMessage } from "./merge-thread";

export const actionButton =
  "rounded px-1.5 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white";

/** A person's message bubble, mine on the right; the header line names the sender and time. */
export function Bubble({
  mine,
  who,
  meta,
  children,
  footer,
}: {
  mine: boolean;
  who: string;
  meta: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <li className={`flex flex-col gap-1 ${mine ? "items-end" : "items-start"}`}>
      <p className="px-1 text-xs text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-800 dark:text-slate-200">{who}</span> {meta}
      </p>
      <div
        className={`flex max-w-[min(36rem,90%)] min-w-0 flex-col gap-2 rounded-2xl border px-4 py-2.5 ${mine ? "border-brand-200 bg-brand-50 dark:border-brand-800 dark:bg-brand-950 rounded-br-sm" : "rounded-bl-sm border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800"}`}
      >
        {children}
      </div>
      {footer}
    </li>
  );
}

/**
 * One message of the thread. A system message (a contract event) is a centred note. A
 * person's shows its text as Markdown, its files, "edited" once changed and "Message deleted"
 * in place of a deleted one. Its author may edit it while `editableUntil` lasts and delete it
 * (after a confirmation); the other person may report it.
 */
export function MessageItem({
  message,
  now,
  timeZone,
  receipt,
  onChanged,
}: {
  message: ThreadMessage;
  now: number;
  timeZone: string;
  /** Under my last message: whether the other person has read up to it. */
  receipt: "Seen" | "Sent" | null;
  onChanged: (message: ThreadMessage) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const remove = api.message.delete.useMutation({
    onSuccess: () => {
      setDeleting(false);
      onChanged({ ...message, body: null, deleted: true, attachments: [], editableUntil: null });
    },
  });
  const time = timeOfDay(message.createdAt, timeZone);
  const at = (
    <time
      dateTime={message.createdAt.toISOString()}
      title={formatDateTimeIn(message.createdAt, timeZone)}
    >
      {time}
    </time>
  );

  if (message.kind === "system")
    return (
      <li className="mx-auto max-w-[90%] rounded-full bg-slate-100 px-3 py-1 text-center text-sm text-slate-700 italic dark:bg-slate-800 dark:text-slate-300">
        {message.body} <span className="text-xs not-italic">· {at}</span>
      </li>
    );

  const { mine, deleted } = message;
  const who = mine ? "You" : (message.sender?.name ?? "Someone");
  const editable =
    !deleted && message.editableUntil !== null && message.editableUntil.getTime() > now;
  const context = <span className="sr-only"> your message sent at {time}</span>;

  return (
    <Bubble
      mine={mine}
      who={who}
      meta={
        <>
          · {at}
          {message.editedAt && !deleted ? " · edited" : ""}
        </>
      }
      footer={
        <div className="flex flex-wrap items-center gap-1 px-1">
          {receipt ? (
            <span className="px-1.5 text-xs text-slate-600 dark:text-slate-400">{receipt}</span>
          ) : null}
          {editable && !editing ? (
            <button type="button" className={actionButton} onClick={() => setEditing(true)}>
              Edit{context}
            </button>
          ) : null}
          {mine && !deleted && !editing ? (
            <button
              type="button"
              className={actionButton}
              onClick={() => {
                remove.reset();
                setDeleting(true);
              }}
            >
              Delete{context}
            </button>
          ) : null}
          {!mine && !deleted && !message.hidden ? (
            reported ? (
              <span className="px-1.5 text-xs text-slate-600 dark:text-slate-400" role="status">
                Reported
              </span>
            ) : (
              <button type="button" className={actionButton} onClick={() => setReporting(true)}>
                Report
                <span className="sr-only">
                  {" "}
                  the message {who} sent at {time}
                </span>
              </button>
            )
          ) : null}
        </div>
      }
    >
      {message.hiddenNote ? (
        <p className="mb-1 text-xs font-medium text-amber-800 dark:text-amber-300">
          {message.hiddenNote}
        </p>
      ) : null}
      {deleted ? (
        <p className="text-slate-600 italic dark:text-slate-400">Message deleted</p>
      ) : message.hidden ? (
        <p className="text-slate-600 italic dark:text-slate-400">Message hidden by an admin</p>
      ) : editing ? (
        <EditMessageForm
          message={message}
          onSaved={(saved) => {
            onChanged(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : message.body ? (
        <Markdown text={message.body} />
      ) : null}
      {deleted || message.hidden ? null : <AttachmentList files={message.attachments} />}
      {deleting ? (
        <ConfirmDialog
          title="Delete this message?"
          confirmLabel="Delete message"
          pendingLabel="Deleting…"
          cancelLabel="Keep it"
          tone="danger"
          pending={remove.isPending}
          error={remove.error?.message}
          onConfirm={() => remove.mutate({ id: message.id })}
          onCancel={() => setDeleting(false)}
        >
          <p>
            Its text and files are removed for both of you, and “Message deleted” shows in its
            place. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
      {reporting ? (
        <ReportDialog
          subjectType="message"
          subjectId={message.id}
          title={`Report this message from ${who}?`}
          onReported={() => {
            setReporting(false);
            setReported(true);
          }}
          onCancel={() => setReporting(false)}
        />
      ) : null}
    </Bubble>
  );
}
