import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatRate } from "~/shared/format/hours";
import { FormAlert } from "~/app/_components/form/form-alert";
import { LocalTime } from "~/app/_components/local-time";
import { getRequestTime } from "~/app/_components/request-time";
import { formatMoney } from "~/shared/format/money";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, orNull, requireViewer } from "~/trpc/server";
import { AmountChanges } from "./amount-changes";
import { ContractDisputes } from "./contract-disputes";
import { EndContract } from "./end-contract";
import { LegacyMilestones } from "./legacy-milestones";
import { MilestoneBoard } from "./milestone-board";
import { ReviewPanel } from "./review-panel";
import { Timesheet } from "./timesheet/timesheet";
import { WeeklyLimitForm } from "./weekly-limit-form";
import { WeeklyLimitTerm } from "./weekly-limit-term";

export const metadata: Metadata = { title: "Contract" };

const statusText = { active: "Active", completed: "Completed", ended: "Ended early by the client" };

export default async function ContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ contractId: string }>;
  /** `funded`: the milestone the client just paid into, from its funding page. */
  searchParams: Promise<{ funded?: string | string[] }>;
}) {
  const { contractId } = await params;
  const { funded } = await searchParams;
  const viewer = await requireViewer(`/contracts/${contractId}`);
  const workspace = await orNull(api.contract.workspace({ id: contractId }));
  if (!workspace) notFound();
  const { contract, role } = workspace;
  const hourly = contract.kind === "hourly";
  const [conversation] = await Promise.all([
    role === "observer"
      ? null
      : api.message.find({ projectId: contract.projectId, freelancerId: contract.freelancerId }),
    hourly ? api.timesheet.get.prefetch({ contractId: contract.id }) : null,
    role === "observer" ? null : api.dispute.forContract.prefetch({ contractId: contract.id }),
  ]);
  const terms = hourly
    ? [
        { term: "Rate", detail: formatRate(contract.hourlyRateMinor!, contract.currency) },
        { term: "Weekly limit", detail: <WeeklyLimitTerm contractId={contract.id} /> },
      ]
    : [{ term: "Amount", detail: formatMoney(contract.amountMinor, contract.currency) }];
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
    ...terms,
    { term: "Status", detail: statusText[contract.status] },
    { term: "Started", detail: <LocalTime date={contract.startedAt} show="date" /> },
    ...(contract.completedAt
      ? [{ term: "Finished", detail: <LocalTime date={contract.completedAt} show="date" /> }]
      : []),
  ];
  const clientActing = role === "client" && contract.status === "active";
  const justFunded =
    role === "client" && typeof funded === "string"
      ? workspace.milestones.find((m) => m.id === funded && m.money.heldMinor > 0)
      : undefined;
  // Hourly contracts' client parts (the weekly limit, the timesheet) read the cache filled above.
  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <header className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <p className="text-brand-700 dark:text-brand-300 text-sm font-semibold">
              {hourly ? "Hourly contract" : "Fixed-price contract"}
            </p>
            <h1 className="text-3xl font-bold tracking-tight wrap-anywhere">
              {contract.projectTitle}
            </h1>
          </div>
          {conversation?.conversationId ? (
            <Link
              href={`/messages/${conversation.conversationId}`}
              className="inline-flex shrink-0 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              Messages
              <span className="sr-only">
                {" "}
                with {role === "client" ? contract.freelancerName : contract.clientName}
              </span>
            </Link>
          ) : null}
        </header>
        {justFunded ? (
          <FormAlert tone="success">
            Payment received: {formatMoney(justFunded.money.heldMinor, contract.currency)} is held
            in escrow for “{justFunded.title}” until you approve the work.
          </FormAlert>
        ) : null}
        <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-6 sm:grid-cols-3 dark:border-slate-800 dark:bg-slate-900">
          {facts.map(({ term, detail }) => (
            <div key={term}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
              <dd className="font-medium">{detail}</dd>
            </div>
          ))}
        </dl>
        {hourly ? (
          <>
            {clientActing ? <WeeklyLimitForm contractId={contract.id} /> : null}
            <Timesheet contractId={contract.id} />
            {clientActing ? <EndContract contractId={contract.id} hourly /> : null}
            <LegacyMilestones milestones={workspace.milestones} currency={contract.currency} />
          </>
        ) : (
          <>
            <MilestoneBoard workspace={workspace} now={getRequestTime()} />
            <AmountChanges workspace={workspace} />
          </>
        )}
        {role === "observer" ? null : <ContractDisputes contractId={contract.id} />}
        {contract.status !== "active" && role !== "observer" ? (
          <ReviewPanel
            contractId={contract.id}
            me={viewer.id}
            otherName={role === "client" ? contract.freelancerName : contract.clientName}
            reviews={workspace.reviews}
          />
        ) : null}
      </div>
    </HydrateClient>
  );
}
