import type { Metadata } from "next";

import { EmptyState } from "~/app/_components/empty-state";
import { requireProvenAdmin } from "~/trpc/server";

export const metadata: Metadata = { title: "Overview" };

/** The console's front page; its charts come next. */
export default async function AdminOverviewPage() {
  if (!(await requireProvenAdmin("/admin"))) return null;
  return (
    <section aria-labelledby="overview-heading" className="flex flex-col gap-4">
      <h2 id="overview-heading" className="text-xl font-semibold">
        Overview
      </h2>
      <EmptyState>
        Charts of sign-ups, projects, contracts and money come next. Until then, start from People
        or the Audit log.
      </EmptyState>
    </section>
  );
}
