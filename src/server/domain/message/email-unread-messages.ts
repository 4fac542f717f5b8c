import "server-only";

import { and, count, desc, eq, gt, isNull, ne } from "drizzle-orm";

import { conversationMembers, conversations, messages } from "~/server/db/schema/messages";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { SystemActor } from "~/server/domain/actor";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { notify } from "~/server/domain/notification/notify";

interface JobContext extends DomainContext {
  actor: SystemActor;
}

/**
 * Ten minutes after a message, tells its recipient of what they still have not read in that
 * conversation: one notification (and, by their preferences, one email) for however many
 * messages, then remembers how far they were told so the next message starts a new wait.
 * Nothing when they have read it all. Answers whether it told them.
 */
export async function emailUnreadMessages(
  ctx: JobContext,
  { conversationId, userId }: { conversationId: string; userId: string },
) {
  return withTransaction(ctx, async (tx) => {
    const [member] = await tx.db
      .select()
      .from(conversationMembers)
      .where(
        and(
          eq(conversationMembers.conversationId, conversationId),
          eq(conversationMembers.userId, userId),
        ),
      );
    if (!member) return false;
    const from = Math.max(member.lastReadSeq, member.notifiedSeq);
    const unread = and(
      eq(messages.conversationId, conversationId),
      gt(messages.seq, from),
      eq(messages.kind, "text"),
      ne(messages.senderId, userId),
      isNull(messages.deletedAt),
      isNull(messages.hiddenAt),
    );
    const [[waiting], [latest]] = await Promise.all([
      tx.db.select({ n: count() }).from(messages).where(unread),
      tx.db
        .select({
          seq: messages.seq,
          body: messages.body,
          sender: users.name,
          project: projects.title,
        })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .innerJoin(projects, eq(projects.id, conversations.projectId))
        .leftJoin(users, eq(users.id, messages.senderId))
        .where(unread)
        .orderBy(desc(messages.seq))
        .limit(1),
    ]);
    const [conversation] = await tx.db
      .select({ lastSeq: conversations.lastSeq })
      .from(conversations)
      .where(eq(conversations.id, conversationId));
    await tx.db
      .update(conversationMembers)
      .set({ notifiedSeq: conversation?.lastSeq ?? from })
      .where(
        and(
          eq(conversationMembers.conversationId, conversationId),
          eq(conversationMembers.userId, userId),
        ),
      );
    if (!latest || !waiting?.n) return false;
    const n = waiting.n;
    await notify(tx, {
      userId,
      kind: "message.unread",
      eventKey: `message.unread:${conversationId}:${latest.seq}`,
      title: `${latest.sender ?? "Someone"} sent you ${n === 1 ? "a message" : `${n} messages`} about “${latest.project}”.`,
      body: latest.body,
      href: `/messages/${conversationId}`,
    });
    return true;
  });
}
