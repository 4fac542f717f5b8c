import "server-only";

import { and, eq } from "drizzle-orm";

import { conversationMembers, conversations } from "~/server/db/schema/messages";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";

/**
 * The conversation between a project's client and one freelancer, opened if it is not yet:
 * by the freelancer's proposal, the client's invitation, or the hire. Idempotent (one per
 * project and freelancer), in the caller's transaction. A hire links the contract to it.
 */
export async function openConversation(
  ctx: DomainContext,
  parties: { projectId: string; clientId: string; freelancerId: string; contractId?: string },
) {
  return withTransaction(ctx, async (tx) => {
    const at = nowOf(tx);
    await tx.db
      .insert(conversations)
      .values({
        projectId: parties.projectId,
        clientId: parties.clientId,
        freelancerId: parties.freelancerId,
        contractId: parties.contractId ?? null,
        lastMessageAt: at,
        createdAt: at,
      })
      .onConflictDoNothing();
    const [conversation] = await tx.db
      .select()
      .from(conversations)
      .where(
        and(
          eq(conversations.projectId, parties.projectId),
          eq(conversations.freelancerId, parties.freelancerId),
        ),
      )
      .limit(1);
    if (parties.contractId && conversation!.contractId !== parties.contractId) {
      await tx.db
        .update(conversations)
        .set({ contractId: parties.contractId })
        .where(eq(conversations.id, conversation!.id));
      conversation!.contractId = parties.contractId;
    }
    await tx.db
      .insert(conversationMembers)
      .values(
        [parties.clientId, parties.freelancerId].map((userId) => ({
          conversationId: conversation!.id,
          userId,
          lastMessageAt: conversation!.lastMessageAt,
        })),
      )
      .onConflictDoNothing();
    return conversation!;
  });
}
