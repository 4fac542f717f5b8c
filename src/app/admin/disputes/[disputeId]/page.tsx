import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DisputeView } from "~/app/_components/dispute/dispute-view";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydratedOrNull, requireProvenAdmin } from "~/trpc/server";
import { DisputeDecision } from "./dispute-decision";

export const metadata: Metadata = { title: "Dispute" };

/** A dispute as an admin works on it: the thread both parties see, then taking it up and settling it. */
export default async function AdminDisputePage({
  params,
}: {
  params: Promise<{ disputeId: string }>;
}) {
  const { disputeId } = await params;
  if (!(await requireProvenAdmin(`/admin/disputes/${encodeURIComponent(disputeId)}`))) return null;
  const input = { id: disputeId };
  const dispute = await hydratedOrNull("dispute.byId", input, api.dispute.byId);
  if (!dispute) notFound();
  return (
    <HydrateClient>
      <div className="flex flex-col gap-8">
        <DisputeView id={dispute.id} level={2} />
        <DisputeDecision id={dispute.id} />
      </div>
    </HydrateClient>
  );
}
