import { ROOT_CONTEXT, trace, TraceFlags } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";

import { contextFromTraceparent } from "./tracing";

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const SPAN_ID = "00f067aa0ba902b7";

describe("contextFromTraceparent", () => {
  it("continues a stored W3C traceparent as a remote parent", () => {
    const parent = trace.getSpanContext(contextFromTraceparent(`00-${TRACE_ID}-${SPAN_ID}-01`));
    expect(parent).toEqual({
      traceId: TRACE_ID,
      spanId: SPAN_ID,
      traceFlags: TraceFlags.SAMPLED,
      isRemote: true,
    });
  });

  it("keeps an unsampled parent unsampled", () => {
    const parent = trace.getSpanContext(contextFromTraceparent(`00-${TRACE_ID}-${SPAN_ID}-00`));
    expect(parent?.traceFlags).toBe(TraceFlags.NONE);
  });

  it.each([
    null,
    undefined,
    "",
    "garbage",
    `01-${TRACE_ID}-${SPAN_ID}-01`,
    `00-${"0".repeat(32)}-${SPAN_ID}-01`,
    `00-${TRACE_ID}-${"0".repeat(16)}-01`,
    `00-${TRACE_ID.toUpperCase()}-${SPAN_ID}-01`,
  ])("starts a new trace for %j", (traceparent) => {
    expect(contextFromTraceparent(traceparent)).toBe(ROOT_CONTEXT);
  });
});
