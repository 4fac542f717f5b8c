import "server-only";

import { and, desc, eq, lt } from "drizzle-orm";
import type { z } from "zod";

import { conversationMembers, messages } from "~/server/db/schema/messages";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import type { ThreadInput } from "~/shared/schemas/message";
import { blocksBetween, conversationAs } from "./conversation-access";
import { loadMessages } from "./load-messages";

/**
 * A conversation as one member reads it: who and what it is about, the newest messages (or
 * those before `before`, oldest first in the page), the other member's read position for
 * receipts, and whether either has blocked the other.
 */
export async function getThread({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ThreadInput>;
}) {
  const me = ctx.actor.id;
  const { db } = ctx;
  const { conversation, member, otherId } = await conversationAs(db, me, input.conversationId);
  const ids = await db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversation.id),
        input.before ? lt(messages.seq, input.before) : undefined,
      ),
    )
    .orderBy(desc(messages.seq))
    .limit(input.limit + 1);
  const page = ids.slice(0, input.limit);
  const list = await loadMessages(
    db,
    me,
    page.map((row) => row.id),
  );
  const [[project], [other], [otherMember], blocks] = await Promise.all([
    db
      .select({ id: projects.id, title: projects.title })
      .from(projects)
      .where(eq(projects.id, conversation.projectId)),
    db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, otherId)),
    db
      .select({ lastReadSeq: conversationMembers.lastReadSeq })
      .from(conversationMembers)
      .where(
        and(
          eq(conversationMembers.conversationId, conversation.id),
          eq(conversationMembers.userId, otherId),
        ),
      ),
    blocksBetween(db, me, otherId),
  ]);
  return {
    conversation: {
      id: conversation.id,
      project: project!,
      contractId: conversation.contractId,
      other: other!,
      myRole: conversation.clientId === me ? ("client" as const) : ("freelancer" as const),
      lastSeq: conversation.lastSeq,
    },
    messages: list,
    /** Where to page back from; null at the first message. */
    olderBefore: ids.length > input.limit ? (list[0]?.seq ?? null) : null,
    myLastReadSeq: member.lastReadSeq,
    otherLastReadSeq: otherMember?.lastReadSeq ?? 0,
    blocked: blocks,
  };
}
