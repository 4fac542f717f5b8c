"use client";

import { useState } from "react";

import { api } from "~/trpc/react";
import { dispatchLiveEvent } from "./live-event-hub";

/**
 * The tab's one live stream: new notifications and unread counts update the cache (the bell,
 * the notifications page) as they happen, without a reload, and a screen reader hears of a
 * new notification. Renders only that announcement.
 */
export function LiveEvents() {
  const utils = api.useUtils();
  const [announcement, setAnnouncement] = useState("");
  api.events.stream.useSubscription(undefined, {
    onData({ data: event }) {
      dispatchLiveEvent(event);
      if (event.type === "message" || event.type === "read") {
        utils.message.unreadTotal.setData(undefined, event.data.unreadMessages);
        return;
      }
      if (event.type === "typing") return;
      utils.notification.unreadCount.setData(undefined, event.data.unread);
      if (event.type === "notification") {
        void utils.notification.list.invalidate();
        setAnnouncement(
          event.data.unread === 1
            ? "You have a new notification."
            : `You have a new notification: ${event.data.unread} unread.`,
        );
      }
    },
  });
  return (
    <p className="sr-only" aria-live="polite">
      {announcement}
    </p>
  );
}
