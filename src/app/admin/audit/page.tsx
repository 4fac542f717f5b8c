import type { Metadata } from "next";

import { IgnoredParameters } from "~/app/_components/ignored-parameters";
import { AuditFilter, readFilter } from "~/shared/schemas/admin";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireProvenAdmin } from "~/trpc/server";
import { AuditFilters } from "./audit-filters";
import { AuditList } from "./audit-list";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

/** Every recorded event, newest first, with its filters in the URL and a CSV of the same rows. */
export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!(await requireProvenAdmin("/admin/audit"))) return null;
  const { filter, refused } = readFilter(AuditFilter, await searchParams);
  const input = { limit: PAGE_SIZE, ...filter };
  await hydrateFirstPage("admin.auditEvents", input, api.admin.auditEvents);
  return (
    <HydrateClient>
      <section aria-labelledby="audit-heading" className="flex flex-col gap-4">
        <h2 id="audit-heading" className="text-xl font-semibold">
          Audit log
        </h2>
        <IgnoredParameters labels={refused.map((r) => `${r.key} (${r.message})`)} />
        <AuditFilters filter={filter} />
        <AuditList input={input} filtered={Object.keys(filter).length > 0} />
      </section>
    </HydrateClient>
  );
}
