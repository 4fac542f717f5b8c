"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link, { useLinkStatus } from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { useEffect, useId, useState, type ReactNode } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { onLiveEvent } from "~/app/_components/live-event-hub";
import { ShowMore } from "~/app/_components/show-more";
import { LocalTime } from "~/app/_components/local-time";
import { useNow } from "~/app/_components/use-now";
import { clipped } from "~/shared/schemas/lenient";
import { api, type RouterOutputs } from "~/trpc/react";

type Conversation = RouterOutputs["message"]["inbox"]["items"][number];

const SEARCH_MAX = 100;
const PAUSE_MS = 300;

/**
 * The person's conversations, latest activity first, 20 at a time ("Load more"). The search
 * box narrows them by the other person's name or the project's title as one types. A new
 * message or a read anywhere (this tab, another, the other person) reads the list again.
 */
export function Inbox({ now: requestTime }: { now: number }) {
  const utils = api.useUtils();
  const open = useSelectedLayoutSegment();
  const now = useNow(requestTime);
  const headingId = useId();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(clipped(typed.trim(), SEARCH_MAX)), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  // The unsearched list is the one the layout rendered on the server.
  const input = search ? { search } : {};
  const list = api.message.inbox.useInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  useEffect(
    () =>
      onLiveEvent((event) => {
        if (event.type === "message" || event.type === "read")
          void utils.message.inbox.invalidate();
      }),
    [utils],
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const Heading = open ? "h2" : "h1";

  return (
    <section aria-labelledby={headingId} className="flex min-h-0 flex-1 flex-col gap-3">
      <Heading id={headingId} className="text-3xl font-bold tracking-tight">
        Messages
      </Heading>
      <div role="search" aria-label="Conversations">
        <label htmlFor="inbox-search" className="sr-only">
          Search conversations
        </label>
        <input
          id="inbox-search"
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          placeholder="Search by person or project"
          maxLength={SEARCH_MAX}
          autoComplete="off"
          className="focus:border-brand-500 focus:ring-brand-500/30 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:ring-2 focus:outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:placeholder:text-slate-400"
        />
      </div>
      <p className="sr-only" role="status">
        {search && list.isSuccess && !list.isPlaceholderData
          ? `${items.length}${list.hasNextPage ? " or more" : ""} conversation${items.length === 1 ? "" : "s"} match.`
          : ""}
      </p>
      {items.length === 0 && list.isSuccess ? (
        search ? (
          <EmptyState>No conversations with a person or project matching “{search}”.</EmptyState>
        ) : (
          <EmptyState title="No conversations yet">
            They open when you send or receive a proposal or an invitation.
          </EmptyState>
        )
      ) : (
        <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto">
          <ul
            aria-label="Conversations"
            aria-busy={list.isPlaceholderData || undefined}
            className={`divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900 ${list.isPlaceholderData ? "opacity-60" : ""}`}
          >
            {items.map((conversation) => (
              <InboxItem
                key={conversation.id}
                conversation={conversation}
                current={conversation.id === open}
                now={now}
              />
            ))}
          </ul>
          <ShowMore list={list} label="Load more" />
        </div>
      )}
    </section>
  );
}

function InboxItem({
  conversation: c,
  current,
  now,
}: {
  conversation: Conversation;
  current: boolean;
  now: number;
}) {
  const unread = c.unread > 0;
  const last = c.lastMessage;
  return (
    <li>
      <Link
        href={`/messages/${c.id}`}
        aria-current={current ? "page" : undefined}
        className={`flex flex-col gap-0.5 border-l-4 px-3 py-3 hover:bg-slate-50 focus-visible:-outline-offset-2 dark:hover:bg-slate-800/60 ${current ? "border-brand-600 bg-brand-50 dark:border-brand-400 dark:bg-slate-800" : unread ? "border-brand-600 dark:border-brand-400" : "border-transparent"}`}
      >
        <span className="flex items-baseline justify-between gap-2">
          <span
            className={`min-w-0 truncate ${unread ? "font-bold text-slate-900 dark:text-white" : "font-semibold text-slate-800 dark:text-slate-200"}`}
          >
            {c.other.name}
          </span>
          <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">
            <Opening>
              <LocalTime date={last?.createdAt ?? c.lastActivityAt} show="relative" now={now} />
            </Opening>
          </span>
        </span>
        <span className="truncate text-sm text-slate-700 dark:text-slate-300">
          {c.project.title}
        </span>
        <span className="flex items-center justify-between gap-2">
          <span
            className={`line-clamp-1 text-sm wrap-anywhere ${unread ? "font-medium text-slate-900 dark:text-white" : "text-slate-600 dark:text-slate-400"} ${last?.kind === "system" ? "italic" : ""}`}
          >
            {last ? (
              <>
                {last.fromMe ? "You: " : ""}
                {last.preview}
              </>
            ) : (
              "No messages yet"
            )}
          </span>
          {unread ? (
            <span className="shrink-0 rounded-full bg-red-700 px-2 py-0.5 text-xs leading-none font-bold text-white tabular-nums dark:bg-red-500 dark:text-slate-950">
              {c.unread > 99 ? "99+" : c.unread}
              <span className="sr-only"> unread</span>
            </span>
          ) : null}
        </span>
      </Link>
    </li>
  );
}

/** While the clicked conversation loads, its item says so in place of its time. */
function Opening({ children }: { children: ReactNode }) {
  const { pending } = useLinkStatus();
  return pending ? <span>Opening…</span> : children;
}
