import type { Metadata } from "next";

import { getRequestTime } from "~/app/_components/request-time";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireViewer } from "~/trpc/server";
import { NotificationList } from "./notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requireViewer("/notifications");
  await Promise.all([
    hydrateFirstPage("notification.list", {}, api.notification.list),
    api.notification.unreadCount.prefetch(),
  ]);
  return (
    <HydrateClient>
      <NotificationList now={getRequestTime()} />
    </HydrateClient>
  );
}
