import "server-only";

import pino from "pino";

import { env } from "~/env";
import { devLogLine } from "./dev-log-format";

/** In `next dev` a person reads the terminal: short lines instead of JSON (dev-log-format.ts). */
const readableInDevelopment = {
  write(chunk: string) {
    const line = devLogLine(chunk);
    if (line !== null) process.stdout.write(`${line}\n`);
  },
};

/**
 * One JSON line per event on stdout, for any log collector. Child loggers carry the
 * request id so every line of one request can be found together.
 */
export const logger = pino(
  {
    level: env.NODE_ENV === "test" && env.LOG_LEVEL === "info" ? "silent" : env.LOG_LEVEL,
    base: { service: "guild" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
    },
  },
  env.NODE_ENV === "development" ? readableInDevelopment : pino.destination(1),
);

export type Logger = pino.Logger;
