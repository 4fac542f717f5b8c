import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";

import { requireSession } from "~/server/auth/require-session";
import { formatDate } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import { api } from "~/trpc/server";
import { MilestoneBoard } from "./milestone-board";
import { ReviewPanel } from "./review-panel";

export const metadata: Metadata = { title: "Contract" };

export default async function ContractPage({
  params,
}: {
  params: Promise<{ contractId: string }>;
}) {
  const { contractId } = await params;
  const session = await requireSession(`/contracts/${contractId}`);
  const contract = await api.contract.byId({ id: contractId }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const facts = [
    { term: "Client", detail: contract.clientName },
    { term: "Freelancer", detail: contract.freelancerName },
    { term: "Amount", detail: formatMoney(contract.amountMinor, contract.currency) },
    {
      term: "Status",
      detail:
        contract.status === "active"
          ? "Active"
          : contract.status === "completed"
            ? "Completed"
            : "Ended",
    },
    { term: "Started", detail: formatDate(contract.startedAt) },
  ];
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-brand-700 dark:text-brand-300 text-sm font-semibold">Contract</p>
        <h1 className="text-3xl font-bold tracking-tight">{contract.projectTitle}</h1>
      </header>
      <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-6 sm:grid-cols-2 dark:border-slate-800 dark:bg-slate-900">
        {facts.map(({ term, detail }) => (
          <div key={term}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="font-medium">{detail}</dd>
          </div>
        ))}
      </dl>
      <MilestoneBoard
        contract={{
          id: contract.id,
          currency: contract.currency,
          active: contract.status === "active",
        }}
        milestones={await api.contract.milestones({ id: contract.id })}
        role={
          session.user.id === contract.clientId
            ? "client"
            : session.user.id === contract.freelancerId
              ? "freelancer"
              : "other"
        }
      />
      {contract.status === "completed" &&
      (session.user.id === contract.clientId || session.user.id === contract.freelancerId) ? (
        <ReviewPanel
          contractId={contract.id}
          me={session.user.id}
          otherName={
            session.user.id === contract.clientId ? contract.freelancerName : contract.clientName
          }
          reviews={await api.contract.reviews({ id: contract.id })}
        />
      ) : null}
    </div>
  );
}
