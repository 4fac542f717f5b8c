"use client";

import dynamic from "next/dynamic";

/*
 * The bell in the header, with the tRPC client it needs, in a chunk of its own: loaded only
 * where it is rendered (for signed-in people), so visitors download none of it.
 */
export const LazyNotificationBell = dynamic(() =>
  import("./notification-bell").then((module) => module.NotificationBellIsland),
);
