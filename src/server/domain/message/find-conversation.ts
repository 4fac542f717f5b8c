import "server-only";

import { and, desc, eq, or } from "drizzle-orm";

import { conversations } from "~/server/db/schema/messages";
import type { PersonContext } from "~/server/domain/context";

/**
 * The person's conversation about a project with a freelancer (a freelancer leaves
 * `freelancerId` out: it is them), for the links on proposal and contract pages. Null when
 * there is none of theirs: conversations open with a proposal, an invitation or a hire.
 */
export async function findConversation({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { projectId: string; freelancerId?: string };
}) {
  const me = ctx.actor.id;
  const [row] = await ctx.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.projectId, input.projectId),
        eq(conversations.freelancerId, input.freelancerId ?? me),
        or(eq(conversations.clientId, me), eq(conversations.freelancerId, me)),
      ),
    )
    .limit(1);
  return { conversationId: row?.id ?? null };
}

/**
 * The person's latest conversation with another person, whatever the project: a profile
 * offers "Message" only when there is one.
 */
export async function conversationWithPerson({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { userId: string };
}) {
  const me = ctx.actor.id;
  const [row] = await ctx.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      or(
        and(eq(conversations.clientId, me), eq(conversations.freelancerId, input.userId)),
        and(eq(conversations.freelancerId, me), eq(conversations.clientId, input.userId)),
      ),
    )
    .orderBy(desc(conversations.lastMessageAt))
    .limit(1);
  return { conversationId: row?.id ?? null };
}
