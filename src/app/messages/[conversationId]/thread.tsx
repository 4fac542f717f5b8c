"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type DragEvent } from "react";

import { Button } from "~/app/_components/form/submit-button";
import { useViewerTimeZone } from "~/app/_components/local-time";
import { useNow } from "~/app/_components/use-now";
import { api } from "~/trpc/react";
import { BlockButton, BlockedNotice } from "./block-controls";
import { Composer } from "./composer";
import { MessageList } from "./message-list";
import { useAttachments } from "./use-attachments";
import { useOutbox } from "./use-outbox";
import { useThread } from "./use-thread";
import { useThreadScroll } from "./use-thread-scroll";

/**
 * An open conversation: its header (who, which project, the contract, Block), the messages
 * (newest at the bottom; older ones load when scrolling to the top, keeping the place), who
 * is typing, and the composer. New messages arrive from the live stream; while the tab is
 * visible they are marked read, and a screen reader hears "New message from …".
 */
export function Thread({
  conversationId,
  now: requestTime,
}: {
  conversationId: string;
  now: number;
}) {
  const utils = api.useUtils();
  const { thread, typing, putMessage, loadOlder, loadingOlder, olderError, refresh } =
    useThread(conversationId);
  const { conversation, messages, blocked } = thread;
  const other = conversation.other;
  const now = useNow(requestTime, 15_000);
  const timeZone = useViewerTimeZone();
  const attachments = useAttachments();
  const outbox = useOutbox(conversationId, { onSent: putMessage, onRefused: () => void refresh() });
  const [dragging, setDragging] = useState(false);
  const newestSeq = Math.max(conversation.lastSeq, messages.at(-1)?.seq ?? 0);
  // What arrived after the page opened is said to a screen reader, once each.
  const [openedAtSeq] = useState(newestSeq);
  const arrived = messages
    .filter((m) => m.seq > openedAtSeq && !m.mine && m.kind === "text")
    .slice(-3);
  const markedSeq = useRef(0);
  const canWrite = !blocked.byMe && !blocked.byThem;

  // Read while visible: once per new newest message, never in a loop.
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState !== "visible") return;
      if (newestSeq <= Math.max(thread.myLastReadSeq, markedSeq.current)) return;
      markedSeq.current = newestSeq;
      utils.client.message.markRead
        .mutate({ conversationId, seq: newestSeq })
        .then(({ unreadMessages }) => utils.message.unreadTotal.setData(undefined, unreadMessages))
        .catch(() => {
          markedSeq.current = 0;
        });
    };
    mark();
    document.addEventListener("visibilitychange", mark);
    return () => document.removeEventListener("visibilitychange", mark);
  }, [conversationId, newestSeq, thread.myLastReadSeq, utils]);

  const { scroller, onScroll, showOlder, missed, toBottom } = useThreadScroll({
    newestSeq,
    firstSeq: messages[0]?.seq,
    pendingCount: outbox.outgoing.length,
    loadOlder,
  });

  const hasFiles = (event: DragEvent) => canWrite && event.dataTransfer.types.includes("Files");

  return (
    <div
      className="relative flex min-h-0 flex-1 flex-col overflow-hidden rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        attachments.add(Array.from(event.dataTransfer.files));
      }}
    >
      <header className="flex items-start gap-3 border-b border-slate-200 p-4 dark:border-slate-800">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <Link
            href="/messages"
            className="text-brand-700 dark:text-brand-300 self-start text-sm hover:underline md:hidden"
          >
            <span aria-hidden="true">← </span>All messages
          </Link>
          <h1 className="text-xl font-semibold tracking-tight wrap-anywhere">{other.name}</h1>
          <p className="text-sm wrap-anywhere text-slate-600 dark:text-slate-400">
            About{" "}
            <Link
              href={`/projects/${conversation.project.id}`}
              className="text-brand-700 dark:text-brand-300 font-medium underline"
            >
              {conversation.project.title}
            </Link>
            {conversation.contractId ? (
              <>
                {" · "}
                <Link
                  href={`/contracts/${conversation.contractId}`}
                  className="text-brand-700 dark:text-brand-300 font-medium underline"
                >
                  Open the contract
                </Link>
              </>
            ) : null}
          </p>
        </div>
        {blocked.byMe ? null : <BlockButton userId={other.id} name={other.name} blocked={false} />}
      </header>
      <div
        ref={scroller}
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label={`Messages with ${other.name}`}
        className="min-h-0 flex-1 overflow-y-auto bg-slate-50 px-3 py-4 focus-visible:-outline-offset-2 sm:px-4 dark:bg-slate-950/40"
      >
        <div>
          {thread.olderBefore ? (
            <div className="mb-4 flex flex-col items-center gap-2">
              <Button
                type="button"
                variant="secondary"
                className="px-3 py-1.5"
                pending={loadingOlder}
                pendingLabel="Loading…"
                onClick={showOlder}
              >
                Show earlier messages
              </Button>
              {olderError ? (
                <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {olderError}
                </p>
              ) : null}
            </div>
          ) : (
            <p className="mb-4 text-center text-xs text-slate-600 dark:text-slate-400">
              The start of your conversation with {other.name}.
            </p>
          )}
          <MessageList
            thread={thread}
            outgoing={outbox.outgoing}
            now={now}
            timeZone={timeZone}
            onChanged={putMessage}
            onRetry={outbox.retry}
            onDiscard={outbox.discard}
          />
        </div>
      </div>
      {missed ? (
        <div className="pointer-events-none relative">
          <button
            type="button"
            onClick={() => toBottom(true)}
            className="bg-brand-600 hover:bg-brand-700 pointer-events-auto absolute bottom-2 left-1/2 -translate-x-1/2 rounded-full px-4 py-1.5 text-sm font-semibold text-white shadow-lg"
          >
            New messages <span aria-hidden="true">↓</span>
          </button>
        </div>
      ) : null}
      <p className="h-6 shrink-0 bg-slate-50 px-4 pt-1 text-xs text-slate-600 italic dark:bg-slate-950/40 dark:text-slate-400">
        {typing && canWrite ? `${typing.name} is typing…` : ""}
      </p>
      {canWrite ? (
        <Composer
          conversationId={conversationId}
          otherName={other.name}
          attachments={attachments}
          onSend={(body, files) => {
            toBottom();
            return outbox.send(body, files);
          }}
        />
      ) : (
        <BlockedNotice userId={other.id} name={other.name} byMe={blocked.byMe} />
      )}
      <div className="sr-only" aria-live="polite">
        {arrived.map((m) => (
          <p key={m.id}>New message from {m.sender?.name ?? other.name}.</p>
        ))}
      </div>
      {dragging ? (
        <div
          aria-hidden="true"
          className="border-brand-500 bg-brand-50/90 text-brand-900 dark:bg-brand-950/90 dark:text-brand-100 pointer-events-none absolute inset-2 flex items-center justify-center rounded-xl border-2 border-dashed text-lg font-semibold"
        >
          Drop files to attach them
        </div>
      ) : null}
    </div>
  );
}
