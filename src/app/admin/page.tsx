import type { Metadata } from "next";
import { Suspense } from "react";

import { DEFAULT_OVERVIEW_PERIOD, OverviewInput } from "~/shared/schemas/ops";
import { requireProvenAdmin } from "~/trpc/server";
import { DisputesNeedingAttention } from "./_components/disputes-needing-attention";
import { OverviewCharts, OverviewChartsLoading } from "./_components/overview/overview-charts";

export const metadata: Metadata = { title: "Overview" };

/**
 * The console's front page: what needs an admin now, then what happened over the chosen period
 * (`?period=7d|30d|90d|365d`; anything else is the default). Rendered on the server as SVG and
 * tables: no chart script reaches the browser.
 */
export default async function AdminOverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireProvenAdmin("/admin");
  const { period: asked } = await searchParams;
  const parsed = OverviewInput.safeParse({ period: typeof asked === "string" ? asked : undefined });
  const period = parsed.success ? parsed.data.period : DEFAULT_OVERVIEW_PERIOD;
  return (
    <div className="flex flex-col gap-8">
      <DisputesNeedingAttention />
      <Suspense key={period} fallback={<OverviewChartsLoading period={period} />}>
        <OverviewCharts period={period} />
      </Suspense>
    </div>
  );
}
