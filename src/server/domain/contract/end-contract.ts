import "server-only";

import { type PersonContext, withTransaction } from "~/server/domain/context";
import { contractAs } from "./load-contract";
import { finishContract } from "./finish-contract";

/**
 * The client ends the contract early: it stops now, whatever milestones remain, as `ended`
 * (so a profile's completed-contract count is only work carried through), and both parties
 * may review each other.
 */
export async function endContract({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return withTransaction(ctx, async ({ db }) => {
    const contract = await contractAs(db, ctx, input.id, "client");
    await finishContract(db, contract, "ended");
    return { id: contract.id, status: "ended" as const };
  });
}
