import { z } from "zod";

import "./messages";
import { MAX_ATTACHMENTS } from "~/shared/files";
import { MESSAGE_MAX, messageKinds } from "~/shared/messages";
import { apiTime } from "./api-output";

const id = z.string().trim().min(1).max(64);

const body = z
  .string()
  .trim()
  .max(MESSAGE_MAX, {
    message: `Keep a message under ${MESSAGE_MAX.toLocaleString("en")} characters.`,
  });

export const ConversationIdInput = z.object({ conversationId: id });

/** The inbox: newest conversation first, optionally only those whose person or project matches. */
export const InboxInput = z.object({
  search: z
    .string()
    .trim()
    .max(100, { message: "Keep the search under 100 characters." })
    .optional(),
  cursor: z
    .string()
    .regex(/^\d{1,15}:[\w-]{1,64}$/, { message: "That page link is not valid." })
    .nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type InboxInput = z.input<typeof InboxInput>;

/** A thread, newest message last; `before` pages back through older ones. */
export const ThreadInput = z.object({
  conversationId: id,
  before: z.number().int().min(1).nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});
export type ThreadInput = z.input<typeof ThreadInput>;

export const SendMessageInput = z
  .object({
    conversationId: id,
    body,
    fileIds: z
      .array(id)
      .max(MAX_ATTACHMENTS, { message: `Attach at most ${MAX_ATTACHMENTS} files to one message.` })
      .default([]),
    /** Chosen by the sending tab, so a retried send is one message. */
    clientKey: z.string().trim().min(8).max(64).optional(),
  })
  .refine((input) => input.body.length > 0 || input.fileIds.length > 0, {
    message: "Write a message or attach a file.",
    path: ["body"],
  });
export type SendMessageInput = z.input<typeof SendMessageInput>;

export const EditMessageInput = z.object({
  id,
  body: body.min(1, { message: "Write something, or delete the message instead." }),
});
export type EditMessageInput = z.input<typeof EditMessageInput>;

export const MessageIdInput = z.object({ id });

export const MarkReadInput = z.object({ conversationId: id, seq: z.number().int().min(0) });

/** Opens (or finds) the conversation about a project with a freelancer. */
export const OpenConversationInput = z.object({
  projectId: id,
  /** The client names the freelancer; a freelancer leaves it out (it is them). */
  freelancerId: id.optional(),
});

export const BlockInput = z.object({ userId: id });

export const ReportIdInput = z.object({ reportId: id });

/** Where a project's conversation with a freelancer is, or null before there is one. */
export const FoundConversationOutput = z.object({ conversationId: z.string().nullable() });

/** A message as its reader sees it (text and files gone when deleted or hidden from them). */
export const MessageOutput = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  kind: z.enum(messageKinds),
  event: z.string().nullable(),
  sender: z.object({ id: z.string(), name: z.string() }).nullable(),
  mine: z.boolean(),
  body: z.string().nullable(),
  deleted: z.boolean(),
  hidden: z.boolean(),
  hiddenNote: z.string().nullable(),
  editedAt: apiTime.nullable(),
  createdAt: apiTime,
  editableUntil: apiTime.nullable(),
  attachments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      contentType: z.string(),
      size: z.number().int(),
      url: z.string(),
      isImage: z.boolean(),
    }),
  ),
});

/** A page of a conversation's messages, oldest first; `olderBefore` fetches the page before. */
export const ThreadOutput = z.object({
  conversation: z.object({
    id: z.string(),
    project: z.object({ id: z.string(), title: z.string() }),
    contractId: z.string().nullable(),
    other: z.object({ id: z.string(), name: z.string() }),
    myRole: z.enum(["client", "freelancer"]),
    lastSeq: z.number().int(),
  }),
  messages: z.array(MessageOutput),
  olderBefore: z
    .number()
    .int()
    .nullable()
    .meta({ description: "Pass as `before` for the older page; null when this is the first." }),
  myLastReadSeq: z.number().int(),
  otherLastReadSeq: z.number().int(),
  blocked: z.object({ byMe: z.boolean(), byThem: z.boolean() }),
});
