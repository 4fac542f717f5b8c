import type { RouterOutputs } from "~/trpc/react";

export type ThreadData = RouterOutputs["message"]["thread"];
export type ThreadMessage = ThreadData["messages"][number];

/**
 * What the thread's query keeps: every message loaded so far, not just the newest page. A
 * refetch (a new message, the window regaining focus) brings the newest page, merged here with
 * the older ones already shown; the newer copy of a message wins (edited, deleted). Read
 * positions only move forward. If more messages arrived than a page holds, the pages would not
 * meet: the thread starts again from the newest page rather than show a hole.
 */
export function mergeThread(old: ThreadData | undefined, next: ThreadData): ThreadData {
  if (!old) return next;
  const first = next.messages[0];
  const lastKnown = old.messages.at(-1);
  if (first && lastKnown && first.seq > lastKnown.seq + 1) return next;
  const bySeq = new Map(old.messages.map((message) => [message.seq, message]));
  for (const message of next.messages) bySeq.set(message.seq, message);
  const oldest = old.messages[0];
  return {
    ...next,
    messages: [...bySeq.values()].sort((a, b) => a.seq - b.seq),
    olderBefore: oldest && (!first || oldest.seq < first.seq) ? old.olderBefore : next.olderBefore,
    myLastReadSeq: Math.max(old.myLastReadSeq, next.myLastReadSeq),
    otherLastReadSeq: Math.max(old.otherLastReadSeq, next.otherLastReadSeq),
  };
}
