/**
 * Typed domain errors. Domain actions throw these with a message a person can act on;
 * `src/server/api/errors.ts` maps them to tRPC codes in one place.
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    "not_found" | "forbidden" | "conflict" | "invalid" | "unauthenticated" | "rate_limited";
}

/** The resource does not exist or the actor may not know it exists. */
export class NotFoundError extends DomainError {
  readonly kind = "not_found";
}

/** The actor is known but their role may never do this. */
export class ForbiddenError extends DomainError {
  readonly kind = "forbidden";
}

/** The request is valid but the resource is in a state that does not allow it. */
export class ConflictError extends DomainError {
  readonly kind = "conflict";
}

/** A rule that needs the database (so zod cannot check it) was broken. */
export class InvalidError extends DomainError {
  readonly kind = "invalid";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly kind = "unauthenticated";
}

/** Too many attempts; `retryAt` says when the actor may try again. */
export class RateLimitedError extends DomainError {
  readonly kind = "rate_limited";
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}
