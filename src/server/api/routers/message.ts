import { blockPerson, unblockPerson } from "~/server/domain/message/block-person";
import { deleteMessage } from "~/server/domain/message/delete-message";
import { editMessage } from "~/server/domain/message/edit-message";
import {
  conversationWithPerson,
  findConversation,
} from "~/server/domain/message/find-conversation";
import { getThread } from "~/server/domain/message/get-thread";
import { listInbox } from "~/server/domain/message/list-inbox";
import { markRead } from "~/server/domain/message/mark-read";
import { sendMessage } from "~/server/domain/message/send-message";
import { signalTyping } from "~/server/domain/message/signal-typing";
import { unreadMessagesTotal } from "~/server/domain/message/unread-messages";
import {
  BlockInput,
  ConversationIdInput,
  EditMessageInput,
  FoundConversationOutput,
  InboxInput,
  MarkReadInput,
  MessageIdInput,
  MessageOutput,
  OpenConversationInput,
  SendMessageInput,
  ThreadInput,
  ThreadOutput,
} from "~/shared/schemas/message";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/**
 * Conversations between a project's client and a freelancer: only their two members read or
 * write them (anyone else: NOT_FOUND). Live delivery goes through `events.stream`.
 */
export const messageRouter = createTRPCRouter({
  inbox: protectedProcedure.input(InboxInput).query(({ ctx, input }) => listInbox({ ctx, input })),
  thread: protectedProcedure
    .meta({
      scope: "messages:read",
      openapi: {
        method: "GET",
        path: "/conversations/{conversationId}/messages",
        tags: ["messages"],
        summary: "Read a conversation",
        description:
          "The newest messages of a conversation you are in, oldest first; pass `olderBefore` as `before` for the page before.",
      },
    })
    .input(ThreadInput)
    .output(ThreadOutput)
    .query(({ ctx, input }) => getThread({ ctx, input })),
  unreadTotal: protectedProcedure.query(({ ctx }) => unreadMessagesTotal(ctx.db, ctx.actor.id)),
  find: protectedProcedure
    .meta({
      scope: "messages:read",
      openapi: {
        method: "GET",
        path: "/conversations/find",
        tags: ["messages"],
        summary: "Find a project's conversation",
        description:
          "The conversation between a project's client and a freelancer (a client names the freelancer), or null.",
      },
    })
    .input(OpenConversationInput)
    .output(FoundConversationOutput)
    .query(({ ctx, input }) => findConversation({ ctx, input })),
  withPerson: protectedProcedure
    .input(BlockInput)
    .query(({ ctx, input }) => conversationWithPerson({ ctx, input })),
  send: protectedProcedure
    .meta({
      scope: "messages:write",
      openapi: {
        method: "POST",
        path: "/conversations/{conversationId}/messages",
        tags: ["messages"],
        summary: "Send a message",
        description:
          "Sends text (and files uploaded before) to a conversation you are in. A repeated `clientKey` sends once.",
      },
    })
    .input(SendMessageInput)
    .output(MessageOutput)
    .mutation(({ ctx, input }) => sendMessage({ ctx, input })),
  edit: protectedProcedure
    .input(EditMessageInput)
    .mutation(({ ctx, input }) => editMessage({ ctx, input })),
  delete: protectedProcedure
    .input(MessageIdInput)
    .mutation(({ ctx, input }) => deleteMessage({ ctx, input })),
  markRead: protectedProcedure
    .input(MarkReadInput)
    .mutation(({ ctx, input }) => markRead({ ctx, input })),
  typing: protectedProcedure
    .input(ConversationIdInput)
    .mutation(({ ctx, input }) => signalTyping({ ctx, input })),
  block: protectedProcedure
    .input(BlockInput)
    .mutation(({ ctx, input }) => blockPerson({ ctx, input })),
  unblock: protectedProcedure
    .input(BlockInput)
    .mutation(({ ctx, input }) => unblockPerson({ ctx, input })),
});
