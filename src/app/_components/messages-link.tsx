"use client";

import { usePathname } from "next/navigation";

import { api } from "~/trpc/react";
import { HeaderCountLink } from "./header-count-link";

/**
 * "Messages" in the header, beside the bell: a link to /messages named with the unread count
 * ("Messages, 3 unread"). The count is the cache's `message.unreadTotal`, which the tab's live
 * stream keeps current (`LiveEvents`) and an open thread sets when it marks messages read.
 */
export function MessagesLink() {
  const { data: unread = 0 } = api.message.unreadTotal.useQuery();
  return (
    <HeaderCountLink
      href="/messages"
      label="Messages"
      unread={unread}
      current={usePathname().startsWith("/messages")}
      icon={
        <>
          <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12Z" />
          <path d="M8.5 10.5h7M8.5 13.5h4.5" />
        </>
      }
    />
  );
}
