import type { Metadata } from "next";

import { FormAlert } from "~/app/_components/form/form-alert";
import { getRequestTime } from "~/app/_components/request-time";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { MyProposalList } from "./my-proposal-list";

export const metadata: Metadata = { title: "My proposals" };

export default async function MyProposalsPage() {
  const viewer = await requireViewer("/my/proposals");
  if (viewer.role !== "freelancer")
    return <FormAlert tone="info">Only freelancer accounts send proposals.</FormAlert>;
  await api.proposal.mine.prefetch();
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold tracking-tight">My proposals</h1>
        <MyProposalList now={getRequestTime()} />
      </div>
    </HydrateClient>
  );
}
