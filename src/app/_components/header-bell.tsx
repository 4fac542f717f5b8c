import { dehydrate } from "@tanstack/react-query";

import { createQueryClient } from "~/trpc/query-client";
import { queryKeyFor } from "~/trpc/query-key";
import { api } from "~/trpc/server";
import { LazyNotificationBell } from "./lazy-notification-bell";

/**
 * The signed-in person's bell, its count rendered on the server (it shows before, and
 * without, JavaScript). Its cache holds that count alone: the request's own cache may hold
 * the page's data, which the header has no business shipping.
 */
export async function HeaderBell() {
  const unread = await api.notification.unreadCount();
  const cache = createQueryClient();
  cache.setQueryData(queryKeyFor("notification.unreadCount", undefined), unread);
  return <LazyNotificationBell state={dehydrate(cache)} />;
}
