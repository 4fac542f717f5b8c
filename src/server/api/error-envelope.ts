import type { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z, ZodError } from "zod";

import { InvalidError } from "~/server/domain/errors";
import { envelope } from "~/shared/error-envelope";
import { GENERIC_ERROR_MESSAGE } from "./errors";

/** The field errors of a refused input, by field, or null when it was not about fields. */
export function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> | null {
  if (cause instanceof ZodError) return z.flattenError(cause).fieldErrors;
  if (cause instanceof InvalidError) return cause.fieldErrors;
  return null;
}

/** One readable sentence for a refused input (the fields' own messages are in `fieldErrors`). */
export function validationSummary(error: ZodError) {
  const named = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.join(".");
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : "";
  return `Check these fields: ${named.join(" ")}${more}`;
}

/** What a person reads for an error: never an internal error's own words. */
export function publicMessage(error: TRPCError) {
  if (error.code === "INTERNAL_SERVER_ERROR") return GENERIC_ERROR_MESSAGE;
  return error.cause instanceof ZodError ? validationSummary(error.cause) : error.message;
}

/** A tRPC error as the envelope, and the HTTP status its code maps to. */
export function envelopeOf(error: TRPCError, requestId: string, extra?: Record<string, unknown>) {
  const fieldErrors = error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : null;
  const details = { ...(fieldErrors ? { fieldErrors } : {}), ...extra };
  return {
    status: getHTTPStatusCodeFromError(error),
    body: envelope(
      error.code,
      publicMessage(error),
      requestId,
      Object.keys(details).length ? details : null,
    ),
  };
}
