import type { Metadata } from "next";

import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireProvenAdmin } from "~/trpc/server";
import { JobsConsole } from "./jobs-console";

export const metadata: Metadata = { title: "Jobs" };

/**
 * Background jobs on either engine, read from the `jobs` table (the one record of both):
 * counts by name, the dead ones with their last error, and pause, resume, retry and discard.
 */
export default async function AdminJobsPage() {
  await requireProvenAdmin("/admin/jobs");
  await api.ops.jobs.prefetch();
  return (
    <HydrateClient>
      <JobsConsole />
    </HydrateClient>
  );
}
