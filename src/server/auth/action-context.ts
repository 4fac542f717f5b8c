import "server-only";

import { headers } from "next/headers";
import { ZodError, z } from "zod";

import type { DomainContext } from "~/server/domain/context";
import { DomainError, InvalidError, RateLimitedError } from "~/server/domain/errors";
import { logger } from "~/server/observability/logger";
import { GENERIC_ERROR_MESSAGE } from "~/server/api/errors";
import { refusalMessage } from "~/server/edge/limit-response";
import type { PolicyName } from "~/server/edge/rate-limit-policies";
import { getRateLimiter } from "~/server/edge/rate-limiter";
import { requestContext } from "./request-context";

/** What a form's server action answers: data, or errors a form can show inline. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      retryAt?: string;
    };

/** The same context tRPC builds, for the server actions that must set or clear the session cookie. */
export async function actionContext(): Promise<DomainContext> {
  return requestContext(await headers());
}

/** Maps a thrown error to a result the form can show, exactly as `toTRPCError` does for procedures. */
export function actionFailure(error: unknown, ctx?: DomainContext): ActionResult<never> {
  if (error instanceof ZodError) {
    return {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: z.flattenError(error).fieldErrors,
    };
  }
  if (error instanceof InvalidError)
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof RateLimitedError)
    return { ok: false, message: error.message, retryAt: error.retryAt.toISOString() };
  if (error instanceof DomainError) return { ok: false, message: error.message };
  logger.error({ err: error, requestId: ctx?.request?.requestId }, "server action failed");
  return { ok: false, message: GENERIC_ERROR_MESSAGE };
}

/**
 * The edge's policies for the server actions that sign people in (they are not limited by
 * the proxy, so that a refusal reaches the form as a message, not as a failed request).
 */
export async function enforceLimits(checks: [PolicyName, string][]) {
  for (const [policy, key] of checks) {
    const decision = await getRateLimiter().check(policy, key);
    if (!decision.allowed)
      throw new RateLimitedError(refusalMessage(decision), new Date(decision.resetAt));
  }
}
