"use client";

import { useCallback, useState } from "react";

import { api } from "~/trpc/react";
import type { FileSummary } from "./use-attachments";
import type { ThreadMessage } from "./merge-thread";

/** A message on its way: shown at once as "Sending…", kept as "Not sent" if it fails. */
export interface Outgoing {
  /** Names this message to the server: a retry with the same key is the same message. */
  clientKey: string;
  body: string;
  attachments: FileSummary[];
  status: "sending" | "failed";
  /** The server's sentence when it refused (too fast, blocked); null for a lost connection. */
  error: string | null;
  createdAt: Date;
}

/** A send the server refused as invalid: it goes back to the composer with the reasons. */
export interface SendRefusal {
  message: string;
  fieldErrors: Record<string, string[] | undefined>;
  body: string;
  attachments: FileSummary[];
}

interface ErrorData {
  code?: string;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

/** `crypto.randomUUID` needs a secure context; a page served over plain HTTP has none. */
function newClientKey() {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

/**
 * Optimistic sending: the message shows at once, the server's copy replaces it when it is
 * stored (`onSent`), and a failure keeps it on screen with a Retry that sends the same
 * client key, so a message that did arrive before the connection dropped is not doubled.
 */
export function useOutbox(
  conversationId: string,
  { onSent, onRefused }: { onSent: (message: ThreadMessage) => void; onRefused: () => void },
) {
  const utils = api.useUtils();
  const [outgoing, setOutgoing] = useState<Outgoing[]>([]);

  const deliver = useCallback(
    async (item: Outgoing): Promise<SendRefusal | null> => {
      const without = (list: Outgoing[]) => list.filter((o) => o.clientKey !== item.clientKey);
      setOutgoing((list) =>
        list.map((o) => (o.clientKey === item.clientKey ? { ...item, status: "sending" } : o)),
      );
      try {
        const message = await utils.client.message.send.mutate({
          conversationId,
          body: item.body,
          fileIds: item.attachments.map((file) => file.id),
          clientKey: item.clientKey,
        });
        setOutgoing(without);
        onSent(message);
        return null;
      } catch (error) {
        const data = (error as { data?: ErrorData | null }).data;
        const message = (error as Error).message;
        if (data?.code === "BAD_REQUEST") {
          setOutgoing(without);
          return {
            message,
            fieldErrors: data.fieldErrors ?? {},
            body: item.body,
            attachments: item.attachments,
          };
        }
        // Blocked since the page loaded (or the conversation is gone): the thread, read again,
        // says so in place of the composer. Any other refusal (too fast) is said here.
        const gone = data?.code === "FORBIDDEN" || data?.code === "NOT_FOUND";
        if (gone) onRefused();
        const said = data?.code && !gone && data.code !== "INTERNAL_SERVER_ERROR" ? message : null;
        setOutgoing((list) =>
          list.map((o) =>
            o.clientKey === item.clientKey ? { ...o, status: "failed", error: said } : o,
          ),
        );
        return null;
      }
    },
    [utils, conversationId, onSent, onRefused],
  );

  const send = useCallback(
    (body: string, attachments: FileSummary[]) => {
      const item: Outgoing = {
        clientKey: newClientKey(),
        body,
        attachments,
        status: "sending",
        error: null,
        createdAt: new Date(),
      };
      setOutgoing((list) => [...list, item]);
      return deliver(item);
    },
    [deliver],
  );

  return {
    outgoing,
    send,
    retry: (item: Outgoing) => void deliver(item),
    discard: (item: Outgoing) =>
      setOutgoing((list) => list.filter((o) => o.clientKey !== item.clientKey)),
  };
}
