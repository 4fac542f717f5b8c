import "server-only";

import pino from "pino";

import { env } from "~/env";
import { devLogLine } from "./dev-log-format";
import { activeTraceFields } from "./tracing";

/** In `next dev` a person reads the terminal: short lines instead of JSON (dev-log-format.ts). */
const readableInDevelopment = {
  write(chunk: string) {
    const line = devLogLine(chunk);
    if (line !== null) process.stdout.write(`${line}\n`);
  },
};

/** How every line is shaped (exported for tests, which write to a stream of their own). */
export const loggerOptions: pino.LoggerOptions = {
  level: env.NODE_ENV === "test" && env.LOG_LEVEL === "info" ? "silent" : env.LOG_LEVEL,
  base: { service: "guild" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: {
    level: (label) => ({ level: label }),
  },
  // Inside a span (tracing on), the line carries its `traceId` and `spanId`.
  mixin: activeTraceFields,
};

/**
 * One JSON line per event on stdout, for any log collector. Child loggers carry the
 * request id so every line of one request can be found together, and the trace id finds
 * the spans of the same work.
 */
export const logger = pino(
  loggerOptions,
  env.NODE_ENV === "development" ? readableInDevelopment : pino.destination(1),
);

export type Logger = pino.Logger;
