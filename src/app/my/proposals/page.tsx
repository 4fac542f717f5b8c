import type { Metadata } from "next";
import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { formatBid } from "~/shared/format/hours";
import { api, requireViewer } from "~/trpc/server";

export const metadata: Metadata = { title: "My proposals" };

const statusText = {
  submitted: "Sent",
  shortlisted: "Shortlisted",
  rejected: "Not chosen",
  withdrawn: "Withdrawn",
  accepted: "Hired",
  declined: "Closed: another freelancer was hired",
} as const;

export default async function MyProposalsPage() {
  const viewer = await requireViewer("/my/proposals");
  if (viewer.role !== "freelancer")
    return <FormAlert tone="info">Only freelancer accounts send proposals.</FormAlert>;
  const proposals = await api.proposal.mine();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">My proposals</h1>
      {proposals.length === 0 ? (
        <EmptyState>
          No proposals yet.{" "}
          <Link href="/projects" className="underline">
            Find a project
          </Link>
          .
        </EmptyState>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          aria-label="My proposals"
        >
          {proposals.map((proposal) => (
            <li
              key={proposal.id}
              className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <Link
                href={`/projects/${proposal.projectId}`}
                className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
              >
                {proposal.projectTitle}
              </Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {formatBid(proposal)} · {statusText[proposal.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
