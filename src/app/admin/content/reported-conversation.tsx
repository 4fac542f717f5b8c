"use client";

import { useState } from "react";

import { LocalTime } from "~/app/_components/local-time";
import { api } from "~/trpc/react";

/**
 * The conversation a reported message was sent in, read on demand: each reading is recorded
 * in the audit log, so it is not fetched until the admin opens it.
 */
export function ReportedConversation({ reportId }: { reportId: string }) {
  const [open, setOpen] = useState(false);
  const conversation = api.admin.reportedConversation.useQuery(
    { reportId },
    { enabled: open, staleTime: Infinity },
  );
  return (
    <details className="text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-medium">Read the conversation</summary>
      <div className="mt-2" aria-live="polite" aria-busy={conversation.isLoading}>
        {conversation.isLoading ? <p>Loading the conversation…</p> : null}
        {conversation.error ? (
          <p className="text-red-700 dark:text-red-400">{conversation.error.message}</p>
        ) : null}
        {conversation.data ? (
          <>
            <p className="mb-2 text-slate-600 dark:text-slate-400">
              About “{conversation.data.conversation.projectTitle}”, between{" "}
              {conversation.data.conversation.parties.map((p) => p.name).join(" and ")}.
            </p>
            <ol className="flex max-h-80 flex-col gap-2 overflow-y-auto rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              {conversation.data.messages.map((message) => (
                <li
                  key={message.id}
                  className={
                    message.id === conversation.data.report.messageId
                      ? "rounded-md bg-amber-50 p-2 dark:bg-amber-950"
                      : "p-2"
                  }
                >
                  <span className="font-medium">{message.sender?.name ?? "Guild"}</span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">
                    · <LocalTime date={message.createdAt} />
                    {message.id === conversation.data.report.messageId ? " · reported" : ""}
                  </span>
                  <p className="wrap-anywhere whitespace-pre-wrap">
                    {message.deleted ? "(deleted)" : message.body}
                  </p>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </details>
  );
}
