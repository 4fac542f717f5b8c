import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { getRequestTime } from "~/app/_components/request-time";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, getViewer, hydratedOrNull, requireViewer } from "~/trpc/server";
import { Thread } from "./thread";

type Params = Promise<{ conversationId: string }>;

/**
 * The newest page of the thread, read once per request (metadata and page) and put in the
 * cache the thread's query reads. Null for a conversation that is not the viewer's, that does
 * not exist or whose id is malformed: all three are the app's 404.
 */
const loadThread = cache(async (conversationId: string) =>
  (await getViewer())?.status === "active"
    ? hydratedOrNull("message.thread", { conversationId }, api.message.thread)
    : null,
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const thread = await loadThread((await params).conversationId);
  return { title: thread ? `Messages with ${thread.conversation.other.name}` : "Messages" };
}

export default async function ConversationPage({ params }: { params: Params }) {
  const { conversationId } = await params;
  await requireViewer(`/messages/${conversationId}`);
  const thread = await loadThread(conversationId);
  if (!thread) notFound();
  return (
    <HydrateClient>
      <Thread conversationId={conversationId} now={getRequestTime()} />
    </HydrateClient>
  );
}
