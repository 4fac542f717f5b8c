"use client";

import type { DehydratedState } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { api, HydratedTRPCProvider } from "~/trpc/react";
import { LiveEvents } from "./live-events";
import { MessagesLink } from "./messages-link";

/** "99+" past two digits: the badge stays small; the accessible name says the exact count. */
const badgeText = (unread: number) => (unread > 99 ? "99+" : String(unread));

/**
 * The bell: a link to /notifications named with the unread count ("Notifications, 3 unread").
 * The count is the query cache's `notification.unreadCount`, which every tRPC provider on the
 * page shares (the browser keeps one cache): /notifications sets it as things are marked read,
 * and live events set it with `utils.notification.unreadCount.setData(undefined, unread)`.
 */
export function NotificationBell() {
  const { data: unread = 0 } = api.notification.unreadCount.useQuery();
  const current = usePathname() === "/notifications";
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      aria-current={current ? "page" : undefined}
      className={`relative inline-flex h-10 w-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white ${current ? "bg-brand-50 text-brand-800 shadow-brand-600 dark:shadow-brand-400 shadow-[inset_0_-2px_0_0] dark:bg-slate-800 dark:text-white" : ""}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-700 px-1 text-xs leading-none font-bold text-white tabular-nums ring-2 ring-white dark:bg-red-500 dark:text-slate-950 dark:ring-slate-900"
        >
          {badgeText(unread)}
        </span>
      ) : null}
    </Link>
  );
}

/** The bell with the tRPC provider it needs (the root layout has none), seeded with the count. */
export function NotificationBellIsland({
  state,
  messages,
}: {
  state: DehydratedState;
  /** Whether to show the Messages link beside the bell (clients and freelancers). */
  messages: boolean;
}) {
  return (
    <HydratedTRPCProvider state={state}>
      {messages ? <MessagesLink /> : null}
      <NotificationBell />
      {/* The tab's one live stream: the bell is on every page a signed-in person sees. */}
      <LiveEvents />
    </HydratedTRPCProvider>
  );
}
