import "server-only";

import { ProxyTracerProvider, trace } from "@opentelemetry/api";

import { env } from "~/env";

/**
 * Registers the OpenTelemetry SDK for this process when OTEL_EXPORTER_OTLP_ENDPOINT is set
 * (answering where spans go), and does nothing (loads no SDK) otherwise. `@vercel/otel` sets up the tracer provider, the
 * async context, W3C trace context and a batching OTLP exporter configured by the standard
 * variables (OTEL_EXPORTER_OTLP_PROTOCOL, _HEADERS, OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER…).
 * In the web server Next.js then adds its own span for every request, the root of each trace.
 */
export async function startTracing(serviceName: string): Promise<{ collector: string } | null> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  const { registerOTel } = await import("@vercel/otel");
  registerOTel({ serviceName });
  // The origin only: a URL may carry credentials, and log lines are read widely.
  return { collector: new URL(env.OTEL_EXPORTER_OTLP_ENDPOINT).origin };
}

/** Sends the spans still batched: the last ones of a stopping process would be lost. */
export async function flushTracing(): Promise<void> {
  const provider = trace.getTracerProvider();
  const sdk: unknown = provider instanceof ProxyTracerProvider ? provider.getDelegate() : provider;
  if (sdk && typeof (sdk as { forceFlush?: unknown }).forceFlush === "function")
    await (sdk as { forceFlush: () => Promise<void> }).forceFlush();
}
