import "server-only";

import pino from "pino";

import { env } from "~/env";

/**
 * One JSON line per event on stdout, for any log collector. Child loggers carry the
 * request id so every line of one request can be found together.
 */
export const logger = pino({
  level: env.NODE_ENV === "test" && env.LOG_LEVEL === "info" ? "silent" : env.LOG_LEVEL,
  base: { service: "guild" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: {
    level: (label) => ({ level: label }),
  },
});

export type Logger = pino.Logger;
