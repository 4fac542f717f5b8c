"use client";

import type { DehydratedState } from "@tanstack/react-query";
import { usePathname } from "next/navigation";

import { api, HydratedTRPCProvider } from "~/trpc/react";
import { HeaderCountLink } from "./header-count-link";
import { LiveEvents } from "./live-events";
import { MessagesLink } from "./messages-link";

/**
 * The bell: a link to /notifications named with the unread count ("Notifications, 3 unread").
 * The count is the query cache's `notification.unreadCount`, which every tRPC provider on the
 * page shares (the browser keeps one cache): /notifications sets it as things are marked read,
 * and live events set it with `utils.notification.unreadCount.setData(undefined, unread)`.
 */
export function NotificationBell() {
  const { data: unread = 0 } = api.notification.unreadCount.useQuery();
  return (
    <HeaderCountLink
      href="/notifications"
      label="Notifications"
      unread={unread}
      current={usePathname() === "/notifications"}
      icon={
        <>
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </>
      }
    />
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
