import "server-only";

import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { z } from "zod";

import { conversationMembers, conversations, messages } from "~/server/db/schema/messages";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import type { InboxInput } from "~/shared/schemas/message";
import { unreadByConversation } from "./unread-messages";

const PREVIEW = 140;

/** `%` and `_` typed into a search match themselves. */
const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The person's conversations, latest activity first (keyset paging on the time of the last
 * message, then id): the other person, the project, the last message and the unread count.
 * `search` keeps those whose other person or project title contains it.
 */
export async function listInbox({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof InboxInput>;
}) {
  const me = ctx.actor.id;
  const other = alias(users, "other");
  const otherId = sql<string>`case when ${conversations.clientId} = ${me} then ${conversations.freelancerId} else ${conversations.clientId} end`;
  const [afterAt, afterId] = input.cursor ? input.cursor.split(":") : [];
  const rows = await ctx.db
    .select({
      id: conversations.id,
      at: conversationMembers.lastMessageAt,
      lastSeq: conversations.lastSeq,
      contractId: conversations.contractId,
      project: { id: projects.id, title: projects.title },
      other: { id: other.id, name: other.name },
    })
    .from(conversationMembers)
    .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
    .innerJoin(projects, eq(projects.id, conversations.projectId))
    .innerJoin(other, eq(other.id, otherId))
    .where(
      and(
        eq(conversationMembers.userId, me),
        input.search
          ? or(
              sql`${projects.title} like ${likeText(input.search)} escape '\\'`,
              sql`${other.name} like ${likeText(input.search)} escape '\\'`,
            )
          : undefined,
        afterAt
          ? or(
              lt(conversationMembers.lastMessageAt, new Date(Number(afterAt))),
              and(
                eq(conversationMembers.lastMessageAt, new Date(Number(afterAt))),
                lt(conversationMembers.conversationId, afterId!),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(conversationMembers.lastMessageAt), desc(conversationMembers.conversationId))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const ids = page.map((row) => row.id);
  const unread = await unreadByConversation(ctx.db, me, ids);
  const last =
    ids.length === 0
      ? []
      : await ctx.db
          .select({
            conversationId: messages.conversationId,
            kind: messages.kind,
            senderId: messages.senderId,
            body: messages.body,
            deleted: sql<boolean>`${messages.deletedAt} is not null`,
            hidden: sql<boolean>`${messages.hiddenAt} is not null`,
            createdAt: messages.createdAt,
            attachments: sql<number>`(select count(*) from message_attachments a where a.message_id = ${messages.id})`,
          })
          .from(messages)
          .innerJoin(conversations, eq(conversations.id, messages.conversationId))
          .where(
            and(inArray(messages.conversationId, ids), eq(messages.seq, conversations.lastSeq)),
          );
  const lastBy = new Map(last.map((row) => [row.conversationId, row]));
  const next = rows.length > input.limit ? page.at(-1) : undefined;
  return {
    items: page.map((row) => {
      const message = lastBy.get(row.id);
      return {
        id: row.id,
        project: row.project,
        other: row.other,
        contractId: row.contractId,
        lastActivityAt: row.at,
        unread: unread.get(row.id) ?? 0,
        lastMessage: message
          ? {
              fromMe: message.senderId === me,
              kind: message.kind,
              createdAt: message.createdAt,
              preview: message.deleted
                ? "Message deleted"
                : message.hidden && message.senderId !== me
                  ? "Message hidden by an admin"
                  : message.body
                    ? message.body.replace(/\s+/g, " ").slice(0, PREVIEW)
                    : message.attachments > 0
                      ? `${message.attachments} file${message.attachments === 1 ? "" : "s"}`
                      : "",
            }
          : null,
      };
    }),
    nextCursor: next ? `${next.at.getTime()}:${next.id}` : null,
  };
}
