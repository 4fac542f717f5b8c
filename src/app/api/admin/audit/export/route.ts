import { requestContext } from "~/server/auth/request-context";
import { isProvenAdmin } from "~/server/domain/access/policy";
import { listAuditEvents } from "~/server/domain/admin/list-audit-events";
import { AuditFilter, readFilter } from "~/shared/schemas/admin";
import { auditCsv, type AuditCsvEvent } from "./audit-csv";

export const dynamic = "force-dynamic";

const PAGE = 200;
/** A download is for a filtered view, not the whole history at once. */
const MAX_ROWS = 50_000;

function refuse(status: 400 | 401 | 403, message: string) {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The audit log as a CSV file, with the page's filters (`?actor=&action=&targetType=&targetId=
 * &from=&to=`), read through the same keyset the page pages with. Only an admin whose session
 * proved a second factor, like the admin procedures.
 */
export async function GET(request: Request) {
  const ctx = await requestContext(request.headers);
  if (!ctx.actor) return refuse(401, "Sign in to download the audit log.");
  if (!isProvenAdmin(ctx.actor))
    return refuse(403, "Only administrators signed in with two-factor authentication can do this.");
  const url = new URL(request.url);
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    values[key] = all.length === 1 ? all[0]! : all;
  }
  const { filter, refused } = readFilter(AuditFilter, values);
  if (refused.length > 0) return refuse(400, refused.map((r) => r.message).join(" "));

  const events: AuditCsvEvent[] = [];
  let cursor: number | null = null;
  do {
    const page: Awaited<ReturnType<typeof listAuditEvents>> = await listAuditEvents({
      ctx,
      input: { ...filter, cursor, limit: PAGE },
    });
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && events.length < MAX_ROWS);

  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(events), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="guild-audit-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
