/**
 * The tRPC server: 1. context, 2. initialisation with the error formatter,
 * 3. procedure tiers. Routers import only the tiers from here.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { middlewareMarker } from "@trpc/server/unstable-core-do-not-import";
import { after } from "next/server";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z, ZodError } from "zod";

import type { RequestMeta } from "~/server/observability/request-meta";
import { startSession } from "~/server/auth/session-cookie-writer";
import { requestContext } from "~/server/auth/request-context";
import { getPrimaryDb, type Database } from "~/server/db/client";
import type { PersonActor } from "~/server/domain/actor";
import type { DomainContext } from "~/server/domain/context";
import { rateLimitHeaders, refusalMessage } from "~/server/edge/limit-response";
import type { PolicyName } from "~/server/edge/rate-limit-policies";
import { getRateLimiter } from "~/server/edge/rate-limiter";
import { logger, type Logger } from "~/server/observability/logger";
import { metrics } from "~/server/observability/metrics";
import { recordFailure, withSpan } from "~/server/observability/tracing";
import { finishBeforeShutdown } from "~/server/shutdown";
import { fieldErrorsOf, publicMessage } from "./error-envelope";
import { GENERIC_ERROR_MESSAGE, toTRPCError } from "./errors";
import type { TokenRefusal } from "~/server/domain/api-token/api-tokens";
import {
  idempotentCall,
  isIdempotencyKey,
  requestFingerprint,
} from "~/server/domain/idempotency/idempotent-call";
import { scopeCovers, type ApiScope } from "~/shared/api-scopes";
import { type UserRole } from "~/shared/statuses";

/* 1. Context ------------------------------------------------------------ */

export interface Context {
  db: Database;
  /** The person whose session cookie (or bearer token: then cookies are ignored) came with the call. */
  actor: PersonActor | null;
  /** Why the call's bearer token was refused, when it was: the call is answered UNAUTHORIZED. */
  tokenRefusal?: TokenRefusal | null;
  request: RequestMeta;
  log: Logger;
  defer?: (task: () => Promise<void>) => void;
  /** Present for calls over HTTP: their rate limits answer with headers here. */
  resHeaders?: Headers;
  /** The call's `Idempotency-Key` header: `meta.idempotent` mutations run once per key. */
  idempotencyKey?: string | null;
  /** Turns a sign-in ticket into the session cookie of this response (HTTP calls only). */
  startSession?: (ticket: string) => Promise<void>;
  /** The moment domain actions act at; the wall clock unless a test sets one. */
  now?: () => Date;
  /** The payment provider and fee; the environment's unless a test sets them. */
  money?: DomainContext["money"];
  /** How webhooks resolve and connect; the environment's unless a test sets them. */
  webhooks?: DomainContext["webhooks"];
}

export async function createTRPCContext(opts: {
  headers: Headers;
  resHeaders?: Headers;
  /** Pages call procedures for a browser: a bearer token there is nobody (see requestContext). */
  tokens?: boolean;
}): Promise<Context> {
  const base = await requestContext(opts.headers, { tokens: opts.tokens ?? true });
  return {
    ...base,
    log: logger.child({ requestId: base.request.requestId }),
    // Shutdown waits for deferred work (a reset mail) before closing the database.
    defer: (task) => after(() => finishBeforeShutdown(task())),
    resHeaders: opts.resHeaders,
    idempotencyKey: opts.headers.get("idempotency-key"),
    startSession,
  };
}

/* 2. Initialisation ------------------------------------------------------ */

/**
 * What a procedure declares about itself: `scope` opens it to personal access tokens holding
 * that scope (without one, tokens are refused), `openapi` also serves it under `/api/v1`.
 */
export interface Meta extends OpenApiMeta {
  scope?: ApiScope;
  /**
   * A money or hiring mutation the browser sends with an `Idempotency-Key` (one per thing the
   * person means to do): a retry of it is answered as the first time, never run again.
   */
  idempotent?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // Live streams (SSE): pings keep proxies from closing an idle stream; each stream ends after
    // five minutes and the browser reconnects from its last event id, so none lives forever.
    sse: {
      ping: { enabled: true, intervalMs: 15_000 },
      maxDurationMs: 5 * 60_000,
      client: { reconnectAfterInactivityMs: 40_000 },
    },
    errorFormatter({ shape, error, ctx }) {
      // Stack traces stay in the log: the response never carries one.
      const { stack: _stack, ...data } = shape.data;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        message: internal ? GENERIC_ERROR_MESSAGE : publicMessage(error),
        data: {
          ...data,
          // The reference a person quotes to support; the log line of the call carries it too.
          requestId: ctx?.request.requestId ?? null,
          missingScope: error instanceof MissingScopeError ? error.missingScope : null,
          fieldErrors: error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : null,
          formErrors:
            error.cause instanceof ZodError ? z.flattenError(error.cause).formErrors : null,
        },
      };
    },
  });

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/* 3. Procedures --------------------------------------------------------- */

/** A token without the scope a procedure needs: 403, with the scope named. */
export class MissingScopeError extends TRPCError {
  constructor(readonly missingScope: ApiScope) {
    super({
      code: "FORBIDDEN",
      message: `This token lacks the "${missingScope}" scope. Create a token with it under Account → Developer.`,
    });
  }
}

const tokenRefusals: Record<TokenRefusal, string> = {
  malformed: "That is not a Guild API token: check that the whole token was copied.",
  unknown: "That API token is not valid.",
  expired: "That API token has expired: create a new one under Account → Developer.",
  revoked: "That API token was revoked.",
};

/**
 * Bearer tokens reach only procedures that name a scope, and only with that scope (write
 * includes read); a refused token is refused everywhere, never treated as signed out.
 */
const tokenGate = t.middleware(async ({ ctx, meta, next }) => {
  if (ctx.tokenRefusal) {
    // Guessing tokens, or a script hammering with a revoked one, spends the sign-in budget.
    if (ctx.resHeaders) await enforceLimit(ctx, "authIp", `ip:${ctx.request.ip ?? "unknown"}`);
    throw new TRPCError({ code: "UNAUTHORIZED", message: tokenRefusals[ctx.tokenRefusal] });
  }
  const token = ctx.actor?.apiToken;
  if (token) {
    if (!meta?.scope)
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "API tokens cannot do this: it is only for people signed in to Guild.",
      });
    if (!scopeCovers(token.scopes, meta.scope)) throw new MissingScopeError(meta.scope);
  }
  return next();
});

/** One log line per call, and every thrown error mapped through `toTRPCError`. */
const observed = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round((performance.now() - started) * 100) / 100;
  const seconds = durationMs / 1000;
  if (result.ok) {
    metrics().procedureDuration.observe({ procedure: path, type, code: "OK" }, seconds);
    ctx.log.info({ procedure: path, type, code: "OK", durationMs }, "procedure");
    return result;
  }
  const mapped = toTRPCError(result.error);
  metrics().procedureDuration.observe({ procedure: path, type, code: mapped.code }, seconds);
  metrics().procedureErrors.inc({ procedure: path, code: mapped.code });
  const line = { procedure: path, type, code: mapped.code, durationMs };
  if (mapped.code === "INTERNAL_SERVER_ERROR") {
    ctx.log.error({ ...line, err: mapped.cause ?? result.error }, "procedure failed");
  } else {
    ctx.log.info(line, "procedure");
  }
  throw mapped;
});

/**
 * A span per call, `trpc <path>`, active while it runs: its database statements, the jobs it
 * enqueues and its log lines belong to it. Refusals (NOT_FOUND, FORBIDDEN…) are answers, not
 * failures: only an internal error marks the span failed.
 */
const traced = t.middleware(({ ctx, path, type, next }) =>
  withSpan(
    `trpc ${path}`,
    {
      attributes: {
        "trpc.path": path,
        "trpc.type": type,
        "guild.request_id": ctx.request.requestId,
      },
    },
    async (span) => {
      const result = await next();
      const code = result.ok ? "OK" : toTRPCError(result.error).code;
      span.setAttribute("trpc.code", code);
      if (!result.ok && code === "INTERNAL_SERVER_ERROR") recordFailure(span, result.error);
      return result;
    },
  ),
);

/** Applies one policy to this call, answering TOO_MANY_REQUESTS (429) with the limit headers. */
async function enforceLimit(ctx: Context, policy: PolicyName, key: string) {
  const decision = await getRateLimiter().check(policy, key);
  for (const [name, value] of Object.entries(rateLimitHeaders(decision)))
    ctx.resHeaders?.set(name, value);
  if (!decision.allowed)
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: refusalMessage(decision) });
}

/**
 * HTTP calls draw on the edge's policies: a token's calls on its own budget, auth.* per IP
 * (fail closed), other mutations per user (or IP), queries per IP. Server-side calls from
 * pages were limited as page views.
 */
const limited = t.middleware(async ({ ctx, path, type, next }) => {
  if (ctx.resHeaders) {
    const ip = `ip:${ctx.request.ip ?? "unknown"}`;
    // A token has a budget of its own, wherever its requests come from.
    if (ctx.actor?.apiToken) await enforceLimit(ctx, "apiTokens", `token:${ctx.actor.apiToken.id}`);
    else if (path.startsWith("auth.")) await enforceLimit(ctx, "authIp", ip);
    else if (type === "mutation") {
      await enforceLimit(ctx, "mutations", ctx.actor ? `user:${ctx.actor.id}` : ip);
    } else await enforceLimit(ctx, "reads", ip);
  }
  return next();
});

export const publicProcedure = t.procedure.use(traced).use(observed).use(tokenGate).use(limited);

/** An extra per-target limit keyed from the validated input (e.g. the email a reset is for). */
export function limitedByInput<TInput>(policy: PolicyName, key: (input: TInput) => string) {
  return t.middleware(async ({ ctx, input, next }) => {
    if (ctx.resHeaders) await enforceLimit(ctx, policy, key(input as TInput));
    return next();
  });
}

const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.actor) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "Please sign in to continue.",
    });
  }
  if (ctx.actor.status !== "active") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Your account is suspended. Contact support if you think this is a mistake.",
    });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/**
 * `meta.idempotent` mutations called with an `Idempotency-Key` (the browser's money and hiring
 * actions) run once per person and key, as REST's do: a repeat with the same input gets the
 * first answer (its data, kept 24 hours), with other input UNPROCESSABLE_CONTENT, while the
 * first still runs CONFLICT. A refusal is not kept, so a retry after fixing its cause runs.
 */
const idempotent = t.middleware(async ({ ctx, meta, path, type, getRawInput, next }) => {
  const key = ctx.idempotencyKey;
  if (type !== "mutation" || !meta?.idempotent || !key || !ctx.actor) return next();
  if (!isIdempotencyKey(key))
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Idempotency-Key must be 1 to 255 visible ASCII characters.",
    });
  let ran: Awaited<ReturnType<typeof next>> | undefined;
  const outcome = await idempotentCall(
    await getPrimaryDb(),
    {
      scope: ctx.actor.id,
      key,
      fingerprint: requestFingerprint("TRPC", path, await getRawInput()),
    },
    async () => {
      const result = await next();
      if (!result.ok) throw result.error;
      ran = result;
      return { status: 200, body: superjson.serialize(result.data) };
    },
  );
  if (outcome.kind === "mismatch")
    throw new TRPCError({
      code: "UNPROCESSABLE_CONTENT",
      message: "This action was already sent with other details: reload the page and try again.",
    });
  if (outcome.kind === "running")
    throw new TRPCError({
      code: "CONFLICT",
      message: "This is still being done: wait a moment, then reload the page.",
    });
  ctx.resHeaders?.set("Idempotent-Replayed", String(outcome.kind === "replayed"));
  // The first run answers with its own result; only a replay reads the stored one back.
  if (ran) return ran;
  const data: unknown = superjson.deserialize(
    outcome.answer.body as Parameters<typeof superjson.deserialize>[0],
  );
  // What `next()` would have answered: the stored data, for the procedure's caller.
  return { ok: true as const, data, marker: middlewareMarker };
});

export const protectedProcedure = publicProcedure.use(signedIn).use(idempotent);

function roleProcedure(role: UserRole, refusal: string) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (ctx.actor.role !== role) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
    return next();
  });
}

export const clientProcedure = roleProcedure("client", "Only client accounts can do this.");
export const freelancerProcedure = roleProcedure(
  "freelancer",
  "Only freelancer accounts can do this.",
);

/**
 * Admin tools answer only an admin who has two-factor authentication on and whose session
 * proved it: a session opened with the password alone does not count.
 */
export const adminProcedure = roleProcedure("admin", "Only administrators can do this.").use(
  ({ ctx, next }) => {
    if (!ctx.actor.twoFactorEnabled) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Turn on two-factor authentication in your security settings to use admin tools.",
      });
    }
    if (!ctx.actor.secondFactorVerified) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Sign in again with your authentication code to use admin tools.",
      });
    }
    return next();
  },
);
