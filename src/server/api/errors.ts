import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

import { DomainError } from "~/server/domain/errors";

const codeByKind: Record<DomainError["kind"], TRPC_ERROR_CODE_KEY> = {
  not_found: "NOT_FOUND",
  forbidden: "FORBIDDEN",
  conflict: "CONFLICT",
  invalid: "BAD_REQUEST",
  unauthenticated: "UNAUTHORIZED",
  rate_limited: "TOO_MANY_REQUESTS",
};

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/**
 * The one place domain errors become tRPC errors. Anything unknown becomes a generic
 * INTERNAL_SERVER_ERROR whose cause stays in the log, never in the response.
 */
export function toTRPCError(error: unknown): TRPCError {
  const cause = error instanceof TRPCError && error.cause ? error.cause : error;
  if (cause instanceof DomainError) {
    return new TRPCError({
      code: codeByKind[cause.kind],
      message: cause.message,
      cause,
    });
  }
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: GENERIC_ERROR_MESSAGE,
    cause: cause instanceof Error ? cause : undefined,
  });
}
