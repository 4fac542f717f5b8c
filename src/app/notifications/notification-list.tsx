"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { LocalTime } from "~/app/_components/local-time";
import { api, type RouterOutputs } from "~/trpc/react";

type Notification = RouterOutputs["notification"]["list"]["items"][number];

/** The whole list: every page loaded so far (the first came with the page). */
const LIST = {};

/**
 * The person's notifications, newest first, 20 at a time. Opening one marks it read; unread
 * ones carry an "Unread" badge and a bar as well as bolder text. Marks show at once (and the
 * bell's count with them: it reads the same cache) and are undone if the server refuses.
 */
export function NotificationList({ now }: { now: number }) {
  const utils = api.useUtils();
  const [{ pages }, list] = api.notification.list.useSuspenseInfiniteQuery(LIST, {
    getNextPageParam: (page) => page.nextCursor,
  });
  const { data: unread = 0 } = api.notification.unreadCount.useQuery();
  const [error, setError] = useState<string | null>(null);
  const items = pages.flatMap((page) => page.items);

  const markInCache = (which: (n: Notification) => boolean) =>
    utils.notification.list.setInfiniteData(LIST, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((n) =>
                which(n) && !n.readAt ? { ...n, readAt: new Date() } : n,
              ),
            })),
          }
        : data,
    );
  const settle = {
    onSuccess: ({ unread }: { unread: number }) =>
      utils.notification.unreadCount.setData(undefined, unread),
    onError: (e: { message: string }) => {
      setError(e.message);
      void utils.notification.list.invalidate();
      void utils.notification.unreadCount.invalidate();
    },
  };
  const markRead = api.notification.markRead.useMutation({
    onMutate: ({ id }) => {
      setError(null);
      if (!items.some((n) => n.id === id && !n.readAt)) return;
      markInCache((n) => n.id === id);
      utils.notification.unreadCount.setData(undefined, (count) =>
        count === undefined ? count : Math.max(0, count - 1),
      );
    },
    ...settle,
  });
  const markAll = api.notification.markAllRead.useMutation({
    onMutate: () => {
      setError(null);
      markInCache(() => true);
      utils.notification.unreadCount.setData(undefined, 0);
    },
    ...settle,
  });

  // After "Load more", focus moves to the first notification it added (the button may be gone).
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const first = focusFrom.current;
    if (first === null || items.length <= first) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-subject]")[first]?.focus();
  }, [items.length]);

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate({ id: n.id });
  };

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl font-bold tracking-tight">Notifications</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {unread === 0 ? "Nothing unread." : `${unread} unread.`}{" "}
            <Link
              href="/account/notifications"
              className="text-brand-700 dark:text-brand-300 font-medium underline"
            >
              Choose what Guild emails you
            </Link>
          </p>
        </div>
        {items.length > 0 ? (
          <Button
            type="button"
            variant="secondary"
            disabled={unread === 0}
            pending={markAll.isPending}
            pendingLabel="Marking…"
            onClick={() => markAll.mutate()}
          >
            Mark all as read
          </Button>
        ) : null}
      </header>
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {items.length === 0 ? (
        <EmptyState title="No notifications yet">
          When someone sends you a proposal, hires you or answers your work, you will find it here.
        </EmptyState>
      ) : (
        <ul
          ref={listRef}
          aria-label="Notifications"
          className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        >
          {items.map((n) => (
            <NotificationItem
              key={n.id}
              notification={n}
              now={now}
              onOpen={() => open(n)}
              onMarkRead={() => markRead.mutate({ id: n.id })}
            />
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <Button
          type="button"
          variant="secondary"
          className="self-center"
          pending={list.isFetchingNextPage}
          pendingLabel="Loading…"
          onClick={() => {
            focusFrom.current = items.length;
            void list.fetchNextPage();
          }}
        >
          Load more
        </Button>
      ) : null}
    </div>
  );
}

function NotificationItem({
  notification: n,
  now,
  onOpen,
  onMarkRead,
}: {
  notification: Notification;
  now: number;
  onOpen: () => void;
  onMarkRead: () => void;
}) {
  const unread = !n.readAt;
  return (
    <li
      className={`flex flex-col gap-2 border-l-4 p-4 sm:flex-row sm:items-start sm:justify-between ${unread ? "border-brand-600 bg-brand-50/60 dark:border-brand-400 dark:bg-slate-800/60" : "border-transparent"}`}
    >
      <div className="flex min-w-0 flex-col gap-1">
        <Link
          href={n.href}
          data-subject
          onClick={onOpen}
          onAuxClick={onOpen}
          className={`wrap-anywhere hover:underline ${unread ? "font-semibold text-slate-900 dark:text-white" : "text-slate-700 dark:text-slate-300"}`}
        >
          {n.title}
        </Link>
        {n.body ? (
          <p className="line-clamp-2 text-sm wrap-anywhere whitespace-pre-line text-slate-600 dark:text-slate-400">
            {n.body}
          </p>
        ) : null}
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          {unread ? (
            <span className="bg-brand-100 text-brand-900 dark:bg-brand-950 dark:text-brand-100 inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold">
              <span
                aria-hidden="true"
                className="bg-brand-600 dark:bg-brand-300 h-1.5 w-1.5 rounded-full"
              />
              Unread
            </span>
          ) : null}
          <LocalTime date={n.createdAt} show="relative" now={now} />
        </p>
      </div>
      {unread ? (
        <button
          type="button"
          onClick={onMarkRead}
          className="text-brand-700 dark:text-brand-300 shrink-0 self-start rounded-md px-2 py-1 text-sm font-medium hover:underline"
        >
          Mark as read<span className="sr-only">: {n.title}</span>
        </button>
      ) : null}
    </li>
  );
}
