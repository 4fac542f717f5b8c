import { requestContext } from "~/server/auth/request-context";
import { personOf } from "~/server/domain/actor";
import { listTransactions } from "~/server/domain/money/list-transactions";
import { readEarningsFilter } from "~/shared/schemas/earnings-filter";
import { earningsCsv, type CsvEntry } from "./earnings-csv";

export const dynamic = "force-dynamic";

const PAGE = 100;

function refuse(status: 400 | 401, message: string) {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The signed-in person's own ledger history as a CSV file, with the Earnings page's filters
 * (`?account=&kind=&currency=`). Read page by page through the same keyset the page uses, so
 * it shows exactly the rows the page would.
 */
export async function GET(request: Request) {
  const ctx = await requestContext(request.headers);
  const actor = personOf(ctx.actor);
  if (!actor) return refuse(401, "Sign in to download your earnings.");
  const url = new URL(request.url);
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    values[key] = all.length === 1 ? all[0]! : all;
  }
  const { filter, refused } = readEarningsFilter(values);
  if (refused.length > 0) return refuse(400, refused.map((r) => r.message).join(" "));

  const entries: CsvEntry[] = [];
  let cursor: number | null = null;
  do {
    const page: Awaited<ReturnType<typeof listTransactions>> = await listTransactions({
      ctx: { ...ctx, actor },
      input: { ...filter, cursor, limit: PAGE },
    });
    entries.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);

  const day = new Date().toISOString().slice(0, 10);
  return new Response(earningsCsv(entries), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="guild-earnings-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
