"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { api } from "~/trpc/react";

/**
 * "Messages" in the header, beside the bell: a link to /messages named with the unread count
 * ("Messages, 3 unread"). The count is the cache's `message.unreadTotal`, which the tab's live
 * stream keeps current (`LiveEvents`) and an open thread sets when it marks messages read.
 */
export function MessagesLink() {
  const { data: unread = 0 } = api.message.unreadTotal.useQuery();
  const current = usePathname().startsWith("/messages");
  return (
    <Link
      href="/messages"
      aria-label={unread > 0 ? `Messages, ${unread} unread` : "Messages"}
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
        <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12Z" />
        <path d="M8.5 10.5h7M8.5 13.5h4.5" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-700 px-1 text-xs leading-none font-bold text-white tabular-nums ring-2 ring-white dark:bg-red-500 dark:text-slate-950 dark:ring-slate-900"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
