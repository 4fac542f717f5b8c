import "server-only";

import { eq } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { conversations } from "~/server/db/schema/messages";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { postSystemMessage } from "./post-system-message";
import { openConversation } from "./open-conversation";

/**
 * Writes a contract event into its conversation as a system message ("Amara approved
 * “Booking screens”."), so the thread reads as the contract's history; once per event.
 */
export async function postContractEvent(
  ctx: DomainContext,
  { contractId, event, body }: { contractId: string; event: string; body: string },
) {
  return withTransaction(ctx, async (tx) => {
    const [contract] = await tx.db
      .select()
      .from(contracts)
      .where(eq(contracts.id, contractId))
      .limit(1);
    if (!contract) return null;
    const [linked] = await tx.db
      .select()
      .from(conversations)
      .where(eq(conversations.contractId, contract.id))
      .limit(1);
    const conversation =
      linked ??
      (await openConversation(tx, {
        projectId: contract.projectId,
        clientId: contract.clientId,
        freelancerId: contract.freelancerId,
        contractId: contract.id,
      }));
    return postSystemMessage(tx, conversation, { event, body });
  });
}
