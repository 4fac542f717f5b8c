import { logger } from "~/server/observability/logger";
import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "~/server/observability/request-id";
import { envelope } from "~/shared/error-envelope";
import { checkReadiness } from "~/app/api/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness: the database answers and migrations are current; 503 with the reason otherwise. */
export async function GET(request?: Request) {
  const readiness = await checkReadiness();
  if (!readiness.ready) logger.warn({ reason: readiness.reason }, "not ready");
  // Not ready is an error answer like any other: the envelope, beside the fields probes read.
  const requestId = acceptOrCreateRequestId(request?.headers.get(REQUEST_ID_HEADER));
  return Response.json(
    readiness.ready
      ? { status: "ready", checks: readiness.checks }
      : {
          status: "not_ready",
          reason: readiness.reason,
          ...envelope("SERVICE_UNAVAILABLE", "Guild is not ready to serve yet.", requestId, {
            reason: readiness.reason,
          }),
        },
    {
      status: readiness.ready ? 200 : 503,
      headers: { "cache-control": "no-store" },
    },
  );
}
