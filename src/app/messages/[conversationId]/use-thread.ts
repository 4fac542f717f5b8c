"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { onLiveEvent } from "~/app/_components/live-event-hub";
import { TYPING_TTL_MS } from "~/shared/messages";
import { api } from "~/trpc/react";
import { mergeThread, type ThreadData, type ThreadMessage } from "./merge-thread";

const merge = (old: unknown, next: unknown) =>
  mergeThread(old as ThreadData | undefined, next as ThreadData);

/**
 * One conversation as the page shows it, kept current by the tab's live stream: new messages
 * (the newest page is read again), edits and deletions (that one message is read again),
 * read receipts and "typing". Older pages load on demand, into the same query.
 */
export function useThread(conversationId: string) {
  const utils = api.useUtils();
  const [thread] = api.message.thread.useSuspenseQuery(
    { conversationId },
    { structuralSharing: merge },
  );
  const [typing, setTyping] = useState<{ name: string; until: number } | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);
  const loading = useRef(false);
  const otherId = thread.conversation.other.id;

  const setThread = useCallback(
    (change: (thread: ThreadData) => ThreadData) =>
      utils.message.thread.setData({ conversationId }, (old) => (old ? change(old) : old)),
    [utils, conversationId],
  );

  /** Puts the server's copy of a message in place (or adds it: a message just sent). */
  const putMessage = useCallback(
    (message: ThreadMessage) =>
      setThread((old) => ({
        ...old,
        messages: [...old.messages.filter((m) => m.id !== message.id), message],
        conversation: {
          ...old.conversation,
          lastSeq: Math.max(old.conversation.lastSeq, message.seq),
        },
      })),
    [setThread],
  );

  useEffect(
    () =>
      onLiveEvent((event) => {
        if (event.type === "typing") {
          if (event.data.conversationId === conversationId && event.data.userId === otherId)
            setTyping({
              name: event.data.name,
              until: Math.min(event.data.until, Date.now() + TYPING_TTL_MS),
            });
          return;
        }
        if (event.type === "read" && event.data.conversationId === conversationId) {
          const { seq } = event.data;
          const theirs = event.data.userId === otherId;
          setThread((old) =>
            theirs
              ? { ...old, otherLastReadSeq: Math.max(old.otherLastReadSeq, seq) }
              : { ...old, myLastReadSeq: Math.max(old.myLastReadSeq, seq) },
          );
          return;
        }
        if (event.type !== "message" || event.data.conversationId !== conversationId) return;
        if (event.data.change === "new") {
          setTyping(null);
          void utils.message.thread.invalidate({ conversationId });
          return;
        }
        // An edit or a deletion, perhaps far up the thread: read that one message again.
        const { messageId, seq } = event.data;
        const known = utils.message.thread
          .getData({ conversationId })
          ?.messages.some((m) => m.id === messageId);
        if (!known) return;
        void utils.client.message.thread.query({ conversationId, before: seq + 1, limit: 1 }).then(
          (page) => page.messages.forEach(putMessage),
          () => undefined,
        );
      }),
    [conversationId, otherId, utils, setThread, putMessage],
  );

  useEffect(() => {
    if (!typing) return;
    const timer = setTimeout(() => setTyping(null), Math.max(0, typing.until - Date.now()));
    return () => clearTimeout(timer);
  }, [typing]);

  /** Starts loading the page before the oldest message shown; false if there is none to load. */
  const loadOlder = useCallback(() => {
    const before = utils.message.thread.getData({ conversationId })?.olderBefore;
    if (!before || loading.current) return false;
    loading.current = true;
    setLoadingOlder(true);
    setOlderError(null);
    utils.client.message.thread
      .query({ conversationId, before })
      .then((page) =>
        setThread((old) => ({
          ...old,
          messages: [...page.messages, ...old.messages],
          olderBefore: page.olderBefore,
        })),
      )
      .catch(() => setOlderError("Earlier messages could not be loaded. Try again."))
      .finally(() => {
        loading.current = false;
        setLoadingOlder(false);
      });
    return true;
  }, [utils, conversationId, setThread]);

  return {
    thread,
    typing,
    putMessage,
    loadOlder,
    loadingOlder,
    olderError,
    refresh: () => utils.message.thread.invalidate({ conversationId }),
  };
}
