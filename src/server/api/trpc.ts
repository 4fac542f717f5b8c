/**
 * The tRPC server: 1. context, 2. initialisation with the error formatter,
 * 3. procedure tiers. Routers import only the tiers from here.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { after } from "next/server";
import superjson from "superjson";
import { z, ZodError } from "zod";

import { env } from "~/env";
import { requestMetaFrom, type RequestMeta } from "~/server/auth/request-meta";
import type { Session } from "~/server/auth/session";
import { sessionFromCookieHeader } from "~/server/auth/session-cookie";
import { getDb, getPrimaryDb, type Database } from "~/server/db/client";
import type { UserRole } from "~/server/db/schema/users";
import { InvalidError } from "~/server/domain/errors";
import { logger, type Logger } from "~/server/observability/logger";
import { GENERIC_ERROR_MESSAGE, toTRPCError } from "./errors";

/* 1. Context ------------------------------------------------------------ */

export interface Context {
  db: Database;
  session: Session | null;
  request: RequestMeta;
  log: Logger;
  defer?: (task: () => Promise<void>) => void;
}

export async function createTRPCContext(opts: { headers: Headers }): Promise<Context> {
  // The proxy has already accepted or minted the request id; this also covers callers that bypass it.
  const request = requestMetaFrom(opts.headers, env.TRUSTED_PROXY_HOPS);
  const db = await getDb();
  return {
    db,
    session: await sessionFromCookieHeader(await getPrimaryDb(), opts.headers.get("cookie")),
    request,
    log: logger.child({ requestId: request.requestId }),
    defer: (task) => after(task),
  };
}

/* 2. Initialisation ------------------------------------------------------ */

function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> | null {
  if (cause instanceof ZodError) return z.flattenError(cause).fieldErrors;
  if (cause instanceof InvalidError) return cause.fieldErrors;
  return null;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Stack traces stay in the log: the response never carries one.
    const { stack: _stack, ...data } = shape.data;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? GENERIC_ERROR_MESSAGE : shape.message,
      data: {
        ...data,
        fieldErrors: error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : null,
        formErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).formErrors : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/* 3. Procedures --------------------------------------------------------- */

/** One log line per call, and every thrown error mapped through `toTRPCError`. */
const observed = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const durationMs = Math.round((performance.now() - started) * 100) / 100;
  if (result.ok) {
    ctx.log.info({ procedure: path, type, code: "OK", durationMs }, "procedure");
    return result;
  }
  const mapped = toTRPCError(result.error);
  const line = { procedure: path, type, code: mapped.code, durationMs };
  if (mapped.code === "INTERNAL_SERVER_ERROR") {
    ctx.log.error({ ...line, err: mapped.cause ?? result.error }, "procedure failed");
  } else {
    ctx.log.info(line, "procedure");
  }
  throw mapped;
});

export const publicProcedure = t.procedure.use(observed);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "Please sign in to continue.",
    });
  }
  if (ctx.session.user.status !== "active") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Your account is suspended. Contact support if you think this is a mistake.",
    });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

function roleProcedure(role: UserRole, refusal: string) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (ctx.session.user.role !== role)
      throw new TRPCError({ code: "FORBIDDEN", message: refusal });
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
    if (!ctx.session.user.twoFactorEnabled) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Turn on two-factor authentication in your security settings to use admin tools.",
      });
    }
    if (!ctx.session.secondFactorVerified) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Sign in again with your authentication code to use admin tools.",
      });
    }
    return next();
  },
);
