import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LocalTime } from "~/app/_components/local-time";
import { getRequestTime } from "~/app/_components/request-time";
import { formatMoney } from "~/shared/format/money";
import { api, orNull, requireViewer } from "~/trpc/server";
import { AmountChanges } from "./amount-changes";
import { MilestoneBoard } from "./milestone-board";
import { ReviewPanel } from "./review-panel";

export const metadata: Metadata = { title: "Contract" };

const statusText = { active: "Active", completed: "Completed", ended: "Ended early by the client" };

export default async function ContractPage({
  params,
}: {
  params: Promise<{ contractId: string }>;
}) {
  const { contractId } = await params;
  const viewer = await requireViewer(`/contracts/${contractId}`);
  const workspace = await orNull(api.contract.workspace({ id: contractId }));
  if (!workspace) notFound();
  const { contract, role } = workspace;
  const facts = [
    {
      term: "Client",
      detail: (
        <Link href={`/clients/${contract.clientId}`} className="underline">
          {contract.clientName}
        </Link>
      ),
    },
    {
      term: "Freelancer",
      detail: (
        <Link href={`/freelancers/${contract.freelancerId}`} className="underline">
          {contract.freelancerName}
        </Link>
      ),
    },
    { term: "Amount", detail: formatMoney(contract.amountMinor, contract.currency) },
    { term: "Status", detail: statusText[contract.status] },
    { term: "Started", detail: <LocalTime date={contract.startedAt} show="date" /> },
    ...(contract.completedAt
      ? [{ term: "Finished", detail: <LocalTime date={contract.completedAt} show="date" /> }]
      : []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-brand-700 dark:text-brand-300 text-sm font-semibold">Contract</p>
        <h1 className="text-3xl font-bold tracking-tight">{contract.projectTitle}</h1>
      </header>
      <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-6 sm:grid-cols-3 dark:border-slate-800 dark:bg-slate-900">
        {facts.map(({ term, detail }) => (
          <div key={term}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="font-medium">{detail}</dd>
          </div>
        ))}
      </dl>
      <MilestoneBoard workspace={workspace} now={getRequestTime()} />
      <AmountChanges workspace={workspace} />
      {contract.status !== "active" && role !== "observer" ? (
        <ReviewPanel
          contractId={contract.id}
          me={viewer.id}
          otherName={role === "client" ? contract.freelancerName : contract.clientName}
          reviews={workspace.reviews}
        />
      ) : null}
    </div>
  );
}
