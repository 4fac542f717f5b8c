import {
  context,
  isSpanContextValid,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
  type Attributes,
  type Context,
  type Span,
  type SpanOptions,
} from "@opentelemetry/api";

/**
 * Spans for Guild's own work: tRPC procedures, database statements, job runs and calls out.
 * They go through the OpenTelemetry API alone. Until a tracer provider is registered (only
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set: see tracing-sdk.ts) the API is a no-op that
 * records nothing and exports nothing, so these helpers cost a few function calls.
 */
const TRACER_NAME = "guild";

export function tracer() {
  return trace.getTracer(TRACER_NAME);
}

export { SpanKind, type Attributes, type Span };

export interface WithSpanOptions extends SpanOptions {
  /** The parent; the active context unless said (a job's is the request that enqueued it). */
  parent?: Context;
}

/** Marks `span` failed with `error` (its message, never its stack, is what backends show). */
export function recordFailure(span: Span, error: unknown) {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : String(error),
  });
}

/**
 * Runs `work` in a new span that is active inside it (spans and log lines within are its
 * children), and ends it when `work` settles; a throw marks it failed and is rethrown.
 */
export function withSpan<T>(
  name: string,
  options: WithSpanOptions,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const { parent, ...spanOptions } = options;
  return tracer().startActiveSpan(
    name,
    spanOptions,
    parent ?? context.active(),
    async (span: Span) => {
      try {
        return await work(span);
      } catch (error) {
        recordFailure(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/**
 * A call to another service (Stripe, a webhook receiver): a client span around it. Outgoing
 * webhooks call it as `clientSpan("webhook POST", { "server.address": host }, () => send())`.
 */
export function clientSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return withSpan(name, { kind: SpanKind.CLIENT, attributes }, work);
}

/** The active span's ids, for log lines; empty when nothing is traced. */
export function activeTraceFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return isSpanContextValid(span.spanContext()) ? { traceId, spanId } : {};
}

/**
 * The active span as a W3C `traceparent` (version 00), or null when nothing is traced: what
 * a job keeps so that its run continues the trace of the request that enqueued it.
 */
export function activeTraceparent(): string | null {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return null;
  const flags = (spanContext.traceFlags & 0xff).toString(16).padStart(2, "0");
  return `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** A context whose (remote) parent is `traceparent`; the root context for null or a malformed one. */
export function contextFromTraceparent(traceparent: string | null | undefined): Context {
  const match = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (!match) return ROOT_CONTEXT;
  const spanContext = {
    traceId: match[1]!,
    spanId: match[2]!,
    traceFlags: parseInt(match[3]!, 16) & TraceFlags.SAMPLED,
    isRemote: true,
  };
  return isSpanContextValid(spanContext)
    ? trace.setSpanContext(ROOT_CONTEXT, spanContext)
    : ROOT_CONTEXT;
}
