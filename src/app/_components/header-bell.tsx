import { dehydrate } from "@tanstack/react-query";

import { createQueryClient } from "~/trpc/query-client";
import { queryKeyFor } from "~/trpc/query-key";
import { api } from "~/trpc/server";
import { LazyNotificationBell } from "./lazy-notification-bell";

/**
 * The signed-in person's bell (and, for people who have conversations, the Messages link),
 * their counts rendered on the server (they show before, and without, JavaScript). Its cache
 * holds those counts alone: the request's own cache may hold the page's data, which the
 * header has no business shipping.
 */
export async function HeaderBell({ messages }: { messages: boolean }) {
  const [unread, unreadMessages] = await Promise.all([
    api.notification.unreadCount(),
    messages ? api.message.unreadTotal() : null,
  ]);
  const cache = createQueryClient();
  cache.setQueryData(queryKeyFor("notification.unreadCount", undefined), unread);
  if (unreadMessages !== null)
    cache.setQueryData(queryKeyFor("message.unreadTotal", undefined), unreadMessages);
  return <LazyNotificationBell state={dehydrate(cache)} messages={messages} />;
}
