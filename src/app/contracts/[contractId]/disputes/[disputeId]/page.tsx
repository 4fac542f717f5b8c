import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { DisputeView } from "~/app/_components/dispute/dispute-view";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydratedOrNull, requireViewer } from "~/trpc/server";

export const metadata: Metadata = { title: "Dispute" };

/**
 * A dispute, for the contract's two parties: its thread, evidence and decision. Anyone else,
 * or a dispute of another contract under this one's address, finds nothing; an admin who is
 * not a party works on it from the admin console.
 */
export default async function ContractDisputePage({
  params,
}: {
  params: Promise<{ contractId: string; disputeId: string }>;
}) {
  const { contractId, disputeId } = await params;
  await requireViewer(`/contracts/${contractId}/disputes/${disputeId}`);
  const input = { id: disputeId };
  const dispute = await hydratedOrNull("dispute.byId", input, api.dispute.byId);
  if (!dispute || dispute.contractId !== contractId) notFound();
  if (dispute.viewer.role === "admin") redirect(`/admin/disputes/${dispute.id}`);
  return (
    <HydrateClient>
      <DisputeView id={dispute.id} level={1} />
    </HydrateClient>
  );
}
