import { logger } from "~/server/observability/logger";
import { checkReadiness } from "~/app/api/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness: the database answers and migrations are current; 503 with the reason otherwise. */
export async function GET() {
  const readiness = await checkReadiness();
  if (!readiness.ready) logger.warn({ reason: readiness.reason }, "not ready");
  return Response.json(
    readiness.ready
      ? { status: "ready", checks: readiness.checks }
      : { status: "not_ready", reason: readiness.reason },
    {
      status: readiness.ready ? 200 : 503,
      headers: { "cache-control": "no-store" },
    },
  );
}
