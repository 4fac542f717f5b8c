"use client";

import { Fragment } from "react";

import { Markdown } from "~/app/_components/markdown";
import { dayIn } from "~/shared/format/dates";
import { AttachmentList } from "~/app/_components/attachment-list";
import { actionButton, Bubble, MessageItem } from "./message-item";
import { dayHeading, timeOfDay } from "./thread-dates";
import type { Outgoing } from "./use-outbox";
import type { ThreadData, ThreadMessage } from "./merge-thread";

/**
 * The thread's messages, oldest first, under a heading for each day (in the viewer's zone),
 * then the ones still on their way. My last sent message says whether the other person has
 * seen it.
 */
export function MessageList({
  thread,
  outgoing,
  now,
  timeZone,
  onChanged,
  onRetry,
  onDiscard,
}: {
  thread: ThreadData;
  outgoing: Outgoing[];
  now: number;
  timeZone: string;
  onChanged: (message: ThreadMessage) => void;
  onRetry: (item: Outgoing) => void;
  onDiscard: (item: Outgoing) => void;
}) {
  const { messages, otherLastReadSeq } = thread;
  const lastMine =
    outgoing.length > 0
      ? null
      : messages.findLast((m) => m.mine && m.kind === "text" && !m.deleted);
  const today = dayIn(new Date(now), timeZone);
  return (
    <ol className="flex flex-col gap-4">
      {messages.map((message, index) => {
        const day = dayIn(message.createdAt, timeZone);
        const previous = messages[index - 1];
        const newDay = !previous || dayIn(previous.createdAt, timeZone) !== day;
        return (
          <Fragment key={message.id}>
            {newDay ? <DaySeparator label={dayHeading(day, now, timeZone)} /> : null}
            <MessageItem
              message={message}
              now={now}
              timeZone={timeZone}
              receipt={
                message.id === lastMine?.id
                  ? otherLastReadSeq >= message.seq
                    ? "Seen"
                    : "Sent"
                  : null
              }
              onChanged={onChanged}
            />
          </Fragment>
        );
      })}
      {outgoing.length > 0 &&
      (messages.length === 0 || dayIn(messages.at(-1)!.createdAt, timeZone) !== today) ? (
        <DaySeparator label="Today" />
      ) : null}
      {outgoing.map((item) => (
        <OutgoingItem
          key={item.clientKey}
          item={item}
          timeZone={timeZone}
          onRetry={() => onRetry(item)}
          onDiscard={() => onDiscard(item)}
        />
      ))}
    </ol>
  );
}

function DaySeparator({ label }: { label: string }) {
  return (
    <li className="flex items-center gap-3 text-xs font-semibold text-slate-600 dark:text-slate-400">
      <span aria-hidden="true" className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
      <h2>{label}</h2>
      <span aria-hidden="true" className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
    </li>
  );
}

/** A message I sent that the server has not stored yet: "Sending…", or "Not sent" and Retry. */
function OutgoingItem({
  item,
  timeZone,
  onRetry,
  onDiscard,
}: {
  item: Outgoing;
  timeZone: string;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const failed = item.status === "failed";
  return (
    <Bubble
      mine
      who="You"
      meta={<>· {timeOfDay(item.createdAt, timeZone)}</>}
      footer={
        <div className="flex max-w-full flex-col items-end gap-1 px-1" role="status">
          {failed ? (
            <>
              {item.error ? (
                <p className="text-right text-sm font-medium text-red-700 dark:text-red-400">
                  {item.error}
                </p>
              ) : null}
              <p className="flex flex-wrap items-center justify-end gap-1 text-xs font-semibold text-red-700 dark:text-red-400">
                Not sent
                <button type="button" className={actionButton} onClick={onRetry}>
                  Retry
                </button>
                <button type="button" className={actionButton} onClick={onDiscard}>
                  Discard
                </button>
              </p>
            </>
          ) : (
            <p className="text-xs text-slate-600 dark:text-slate-400">Sending…</p>
          )}
        </div>
      }
    >
      <div className={failed ? "opacity-80" : "opacity-70"}>
        {item.body ? <Markdown text={item.body} /> : null}
      </div>
      <AttachmentList files={item.attachments} />
    </Bubble>
  );
}
