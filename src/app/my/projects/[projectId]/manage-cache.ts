import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";

export type Managed = RouterOutputs["project"]["manage"];
export type ManagedProposal = Managed["proposals"][number];

/** A proposal the client can still decide on: the ones hiring or closing would decline. */
export const isOpenProposal = (proposal: { status: string }) =>
  proposal.status === "submitted" || proposal.status === "shortlisted";

/**
 * The manage page's one query, as its mutations change it: each answer from the server is
 * written into the cache at once (so no button outlives the state that offered it), then the
 * query is read again in the background for whatever else changed.
 */
export function useManagedProject(id: string) {
  const utils = api.useUtils();
  const query = utils.project.manage;
  const key = { id };
  return {
    patchProject: (patch: Partial<Managed["project"]>) =>
      query.setData(key, (old) => old && { ...old, project: { ...old.project, ...patch } }),
    patchProposals: (change: (proposal: ManagedProposal) => ManagedProposal) =>
      query.setData(key, (old) => old && { ...old, proposals: old.proposals.map(change) }),
    /** Stops a read in flight, so it cannot overwrite an optimistic change with older data. */
    hold: () => query.cancel(key),
    refresh: () => query.invalidate(key),
  };
}
