import type { Metadata } from "next";
import type { ReactNode } from "react";

import { getRequestTime } from "~/app/_components/request-time";
import { HydrateClient } from "~/trpc/hydrate-client";
import { TRPCReactProvider } from "~/trpc/react";
import { api, getViewer, hydrateFirstPage } from "~/trpc/server";
import { Inbox } from "./inbox";
import { MessagesShell } from "./messages-shell";

export const metadata: Metadata = { title: "Messages" };

/**
 * The inbox beside the open conversation (a phone shows one or the other). A layout, so the
 * inbox keeps its search, its pages and its scroll while the person moves between threads.
 * The pages send anyone signed out to sign in; the inbox is only read for an active account.
 */
export default async function MessagesLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (viewer?.status !== "active") return <TRPCReactProvider>{children}</TRPCReactProvider>;
  await hydrateFirstPage("message.inbox", {}, api.message.inbox);
  return (
    <TRPCReactProvider>
      <HydrateClient>
        <MessagesShell inbox={<Inbox now={getRequestTime()} />}>{children}</MessagesShell>
      </HydrateClient>
    </TRPCReactProvider>
  );
}
