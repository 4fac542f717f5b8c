import type { Metadata } from "next";

import { disputeStatuses, disputeStatusLabels, type DisputeStatus } from "~/shared/trust";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireProvenAdmin } from "~/trpc/server";
import { FilterLinks } from "../_components/admin-parts";
import { DisputeQueue } from "./dispute-queue";

export const metadata: Metadata = { title: "Disputes" };

const PAGE_SIZE = 20;

/** The disputes queue: running ones by default, the longest untouched first; or by state. */
export default async function AdminDisputesPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string | string[] }>;
}) {
  if (!(await requireProvenAdmin("/admin/disputes"))) return null;
  const { status: asked } = await searchParams;
  const status = disputeStatuses.find((value) => value === asked);
  const input = { status, limit: PAGE_SIZE };
  await hydrateFirstPage("dispute.queue", input, api.dispute.queue);
  const filters: { label: string; status: DisputeStatus | undefined }[] = [
    { label: "Running", status: undefined },
    ...disputeStatuses.map((value) => ({ label: disputeStatusLabels[value], status: value })),
  ];
  return (
    <HydrateClient>
      <section aria-labelledby="disputes-heading" className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h2 id="disputes-heading" className="text-xl font-semibold">
            Disputes
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The longest untouched first. Their money stays frozen until you settle them or whoever
            opened them withdraws.
          </p>
        </div>
        <FilterLinks
          label="Show disputes"
          links={filters.map((filter) => ({
            label: filter.label,
            href: filter.status ? `/admin/disputes?status=${filter.status}` : "/admin/disputes",
            current: filter.status === status,
          }))}
        />
        <DisputeQueue input={input} />
      </section>
    </HydrateClient>
  );
}
