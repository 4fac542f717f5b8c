import { timingSafeEqual } from "node:crypto";

import { env } from "~/env";
import { clientIp } from "~/server/observability/request-meta";
import { metrics } from "~/server/observability/metrics";

export const dynamic = "force-dynamic";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Prometheus exposition: with METRICS_TOKEN, for bearers of it; without, for loopback clients only. */
export async function GET(request: Request) {
  const allowed = env.METRICS_TOKEN
    ? sameSecret(request.headers.get("authorization") ?? "", `Bearer ${env.METRICS_TOKEN}`)
    : LOOPBACK.has(clientIp(request.headers) ?? "");
  if (!allowed) {
    return Response.json(
      {
        error: env.METRICS_TOKEN
          ? "A valid bearer token is required."
          : "Metrics are served to loopback clients only.",
      },
      { status: env.METRICS_TOKEN ? 401 : 403, headers: { "cache-control": "no-store" } },
    );
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
}
