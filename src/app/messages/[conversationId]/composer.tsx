"use client";

import { useRef, useState } from "react";

import { Button } from "~/app/_components/form/submit-button";
import { acceptedFileTypes, formatBytes } from "~/shared/files";
import { SendMessageInput } from "~/shared/schemas/message";
import { api } from "~/trpc/react";
import type { FileSummary } from "./use-attachments";
import type { useAttachments } from "./use-attachments";
import type { SendRefusal } from "./use-outbox";

/** How often the other person's tab hears "typing" while I type. */
const TYPING_EVERY_MS = 3_000;

type Attachments = ReturnType<typeof useAttachments>;

/**
 * Writing a message: Enter sends, Shift+Enter starts a new line. Files come from the button,
 * a paste, or a drop anywhere on the thread; each uploads at once with its progress and can be
 * removed before sending. The text and files leave the box as the message is sent; if the
 * server refuses them as invalid they come back with the reasons beside them.
 */
export function Composer({
  conversationId,
  otherName,
  attachments,
  onSend,
}: {
  conversationId: string;
  otherName: string;
  attachments: Attachments;
  onSend: (body: string, files: FileSummary[]) => Promise<SendRefusal | null>;
}) {
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<{ body?: string; files?: string }>({});
  const picker = useRef<HTMLInputElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const typedAt = useRef(0);
  const typing = api.message.typing.useMutation();
  const ready = attachments.items.flatMap((item) => (item.file ? [item.file] : []));

  const send = async (fromKeyboard: boolean) => {
    if (attachments.uploading) return;
    if (fromKeyboard && !body.trim() && ready.length === 0) return;
    const checked = SendMessageInput.safeParse({
      conversationId,
      body,
      fileIds: ready.map((file) => file.id),
    });
    if (!checked.success) {
      const said = (path: string) =>
        checked.error.issues.find((issue) => issue.path[0] === path)?.message;
      setErrors({ body: said("body"), files: said("fileIds") });
      return;
    }
    setErrors({});
    setBody("");
    attachments.reset();
    typedAt.current = 0;
    // Sent with the button: the next message is typed in the box again.
    field.current?.focus();
    const refusal = await onSend(checked.data.body, ready);
    if (!refusal) return;
    setBody((typed) => typed || refusal.body);
    attachments.restore(refusal.attachments);
    setErrors({
      body:
        refusal.fieldErrors.body?.join(" ") ??
        (refusal.fieldErrors.fileIds ? undefined : refusal.message),
      files: refusal.fieldErrors.fileIds?.join(" "),
    });
  };

  const filesError = attachments.limitError ?? errors.files;
  return (
    <form
      aria-label={`Message ${otherName}`}
      className="flex flex-col gap-2 border-t border-slate-200 p-3 dark:border-slate-800"
      onSubmit={(event) => {
        event.preventDefault();
        void send(false);
      }}
    >
      <AttachmentChips attachments={attachments} />
      {filesError ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {filesError}
        </p>
      ) : null}
      <div className="flex items-end gap-2">
        <button
          type="button"
          onClick={() => picker.current?.click()}
          className="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-lg border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          <span className="sr-only">Attach files</span>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-5 w-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="m21 11-8.6 8.6a5.5 5.5 0 0 1-7.8-7.8l9.2-9.2a3.7 3.7 0 0 1 5.2 5.2l-9.2 9.2a1.8 1.8 0 0 1-2.6-2.6l8.5-8.5" />
          </svg>
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          aria-label="Attach files"
          accept={acceptedFileTypes.any}
          onChange={(event) => {
            attachments.add(Array.from(event.target.files ?? []));
            event.target.value = "";
          }}
        />
        <label htmlFor="composer" className="sr-only">
          Message to {otherName}
        </label>
        <textarea
          ref={field}
          id="composer"
          value={body}
          rows={1}
          placeholder="Write a message…"
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? "composer-hint composer-error" : "composer-hint"}
          onChange={(event) => {
            setBody(event.target.value);
            const now = Date.now();
            if (event.target.value.trim() && now - typedAt.current > TYPING_EVERY_MS) {
              typedAt.current = now;
              typing.mutate({ conversationId });
            }
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void send(true);
            }
          }}
          onPaste={(event) => {
            const files = Array.from(event.clipboardData.files);
            if (files.length === 0) return;
            event.preventDefault();
            attachments.add(files);
          }}
          className="focus:border-brand-500 focus:ring-brand-500/30 [field-sizing:content] max-h-40 min-h-11 min-w-0 flex-1 resize-none rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:ring-2 focus:outline-none aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:placeholder:text-slate-400 dark:aria-invalid:border-red-400"
        />
        <Button
          type="submit"
          className="h-11 min-w-20 shrink-0"
          pending={attachments.uploading}
          pendingLabel="Uploading…"
        >
          Send
        </Button>
      </div>
      {errors.body ? (
        <p
          id="composer-error"
          role="alert"
          className="text-sm font-medium text-red-700 dark:text-red-400"
        >
          {errors.body}
        </p>
      ) : null}
      <p id="composer-hint" className="hidden text-xs text-slate-600 sm:block dark:text-slate-400">
        Enter sends, Shift+Enter starts a new line. Markdown works; drop or paste files to attach
        them.
      </p>
    </form>
  );
}

function AttachmentChips({ attachments }: { attachments: Attachments }) {
  if (attachments.items.length === 0) return null;
  return (
    <ul aria-label="Files to send" className="flex flex-wrap gap-2">
      {attachments.items.map((item) => (
        <li
          key={item.key}
          className={`flex max-w-full min-w-0 items-start gap-2 rounded-lg border px-3 py-2 text-sm ${item.state === "failed" ? "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950" : "border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800"}`}
        >
          <div className="flex min-w-0 flex-col gap-1">
            <span className="flex min-w-0 gap-2">
              <span className="min-w-0 truncate font-medium">{item.name}</span>
              <span className="shrink-0 text-slate-600 dark:text-slate-400">
                {formatBytes(item.size)}
              </span>
            </span>
            {item.state === "uploading" ? (
              <span
                role="progressbar"
                aria-label={`Uploading ${item.name}`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(item.progress * 100)}
                className="block h-1.5 w-40 max-w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
              >
                <span
                  className="bg-brand-600 dark:bg-brand-400 block h-full rounded-full transition-[width]"
                  style={{ width: `${Math.round(item.progress * 100)}%` }}
                />
              </span>
            ) : null}
            {item.error ? (
              <span role="alert" className="font-medium text-red-800 dark:text-red-200">
                {item.error}
              </span>
            ) : null}
          </div>
          <button
            type="button"
            onClick={() => attachments.remove(item.key)}
            className="-my-1 -mr-1 shrink-0 rounded px-1.5 py-1 text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-700"
          >
            <span aria-hidden="true">×</span>
            <span className="sr-only">Remove {item.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
