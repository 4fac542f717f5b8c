import "server-only";

import { TRPCError } from "@trpc/server";
import type { z } from "zod";

import { appRouter, createCaller } from "~/server/api/root";
import { createTRPCContext, type Meta } from "~/server/api/trpc";
import { envelopeOf } from "~/server/api/error-envelope";
import { envelope } from "~/shared/error-envelope";
import { toTRPCError } from "~/server/api/errors";
import { getPrimaryDb } from "~/server/db/client";
import {
  idempotentCall,
  isIdempotencyKey,
  requestFingerprint,
  type Answer,
} from "~/server/domain/idempotency/idempotent-call";
import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "~/server/observability/request-id";
import { scopeCovers, type ApiScope } from "~/shared/api-scopes";

/**
 * The REST API under `/api/v1`: every procedure whose meta has `openapi` is served here, on
 * its method and path, through the same caller the UI's calls go through (the same tiers,
 * scopes, limits, validation and domain actions). Only personal access tokens sign REST
 * requests: cookies are dropped, so no browser session can be ridden from another site.
 * Answers are JSON; errors are Guild's envelope (see error-envelope.ts). A POST or PATCH with
 * an `Idempotency-Key` runs once: a repeat with the same body gets the first answer again.
 */
export const REST_BASE = "/api/v1";
const MAX_BODY_BYTES = 1_000_000;

interface Route {
  method: string;
  segments: string[];
  path: string;
  input: z.ZodType | undefined;
  scope: ApiScope | undefined;
}

type AnyProcedure = {
  _def: { meta?: Meta; inputs: unknown[]; type: string };
};

let routes: Route[] | null = null;

/** The routes, read once from the procedures' meta. */
function restRoutes(): Route[] {
  // At run time `_def.procedures` is flat: dotted paths to procedures.
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  routes ??= Object.entries(procedures).flatMap(([path, procedure]) => {
    const openapi = procedure._def.meta?.openapi;
    if (!openapi || openapi.enabled === false) return [];
    return [
      {
        method: openapi.method,
        segments: openapi.path.split("/").filter(Boolean),
        path,
        input: procedure._def.inputs[0] as z.ZodType | undefined,
        scope: procedure._def.meta?.scope,
      },
    ];
  });
  return routes;
}

/** The route for a method and path, with the values of its `{params}`. */
function match(method: string, pathname: string) {
  const parts = pathname.split("/").filter(Boolean);
  let allowed: string[] = [];
  for (const route of restRoutes()) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = route.segments.every((segment, i) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (param) params[param] = decodeURIComponent(parts[i]!);
      return param !== undefined || segment === parts[i];
    });
    if (!fits) continue;
    if (route.method === method) return { route, params, allowed: [] };
    allowed = [...allowed, route.method];
  }
  return { allowed };
}

/** The fields of an object schema, under any optional/default wrappers. */
function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | null {
  let current = schema as { _zod?: { def: Record<string, unknown> } } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const def = current._zod?.def;
    if (!def) return null;
    if (def.type === "object") return def.shape as Record<string, z.ZodType>;
    current = def.innerType as typeof current;
  }
  return null;
}

function kindOf(schema: z.ZodType | undefined): string | undefined {
  let current = schema as { _zod?: { def: Record<string, unknown> } } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const def = current._zod?.def;
    if (!def) return undefined;
    if (!["optional", "default", "prefault", "nullable"].includes(def.type as string))
      return def.type as string;
    current = def.innerType as typeof current;
  }
  return undefined;
}

/**
 * A query string as the procedure's input: numbers and booleans read from their text only
 * when they are exactly that (`limit=5`, `archived=true`), arrays from repeated keys.
 * Anything else is passed as typed, so validation answers with the field's own message.
 */
function queryInput(input: z.ZodType | undefined, query: URLSearchParams) {
  const shape = objectShape(input) ?? {};
  const out: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    const kind = kindOf(shape[key]);
    const read = (text: string) =>
      kind === "number" && /^-?\d+(\.\d+)?$/.test(text)
        ? Number(text)
        : kind === "boolean" && (text === "true" || text === "false")
          ? text === "true"
          : text;
    out[key] = kind === "array" ? values : read(values.at(-1)!);
  }
  return out;
}

async function bodyInput(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: "The body is too large." });
  // An action with nothing to say (publish) may come with no body at all.
  if (text.trim() === "") return {};
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json"))
    throw new TRPCError({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Send the body as JSON, with Content-Type: application/json.",
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "The body is not valid JSON." });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new TRPCError({ code: "BAD_REQUEST", message: "The body must be a JSON object." });
  return parsed as Record<string, unknown>;
}

function json(status: number, body: unknown, headers: Headers) {
  headers.set("Content-Type", "application/json; charset=utf-8");
  // Answers depend on whose token asks: no shared cache may keep one.
  headers.set("Cache-Control", "private, no-store");
  return new Response(JSON.stringify(body), { status, headers });
}

/** Answers one REST request. */
export async function handleRest(request: Request): Promise<Response> {
  const requestId = acceptOrCreateRequestId(request.headers.get(REQUEST_ID_HEADER));
  const resHeaders = new Headers({ [REQUEST_ID_HEADER]: requestId });
  const url = new URL(request.url);
  const pathname = url.pathname.slice(REST_BASE.length);
  const found = match(request.method, pathname);
  if (!found.route) {
    if (found.allowed.length) {
      resHeaders.set("Allow", found.allowed.join(", "));
      return json(
        405,
        envelope("METHOD_NOT_SUPPORTED", `Use ${found.allowed.join(" or ")} here.`, requestId),
        resHeaders,
      );
    }
    return json(
      404,
      envelope("NOT_FOUND", "There is no such endpoint: see /api/v1/openapi.json.", requestId),
      resHeaders,
    );
  }
  const { route, params } = found;
  let input: unknown;
  try {
    const fromRequest =
      request.method === "GET" || request.method === "DELETE"
        ? queryInput(route.input, url.searchParams)
        : await bodyInput(request);
    input = route.input ? { ...fromRequest, ...params } : undefined;
  } catch (error) {
    const { status, body } = errorAnswer(error, request, requestId);
    return json(status, body, resHeaders);
  }

  const headers = new Headers(request.headers);
  headers.delete("cookie");
  // The key is handled here, around the whole answer, not again by the procedure's tier.
  headers.delete("idempotency-key");
  headers.set(REQUEST_ID_HEADER, requestId);
  const ctx = await createTRPCContext({ headers, resHeaders });
  const answer = async (): Promise<Answer> => {
    try {
      const caller = createCaller(ctx) as unknown as Record<string, unknown>;
      const call = route.path
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
      return { status: 200, body: (await (call as Procedure)(input)) ?? null };
    } catch (error) {
      return errorAnswer(error, request, requestId);
    }
  };

  const key = request.headers.get("idempotency-key");
  // A stored answer is only for whoever could make the request now: same person, a token
  // with the scope, an active account. Anyone else runs it, and is refused as usual.
  const token = ctx.actor?.apiToken;
  const mayReplay =
    ctx.actor?.status === "active" &&
    (!token || (route.scope !== undefined && scopeCovers(token.scopes, route.scope)));
  if (key === null || !mayReplay || (request.method !== "POST" && request.method !== "PATCH")) {
    const { status, body } = await answer();
    if (status === 401) resHeaders.set("WWW-Authenticate", 'Bearer realm="guild"');
    return json(status, body, resHeaders);
  }
  if (!isIdempotencyKey(key))
    return json(
      400,
      envelope(
        "BAD_REQUEST",
        "Idempotency-Key must be 1 to 255 visible ASCII characters.",
        requestId,
      ),
      resHeaders,
    );
  const outcome = await idempotentCall(
    await getPrimaryDb(),
    {
      scope: ctx.actor!.id,
      key,
      fingerprint: requestFingerprint(request.method, pathname, input),
    },
    answer,
  );
  if (outcome.kind === "mismatch")
    return json(
      422,
      envelope(
        "UNPROCESSABLE_CONTENT",
        "This Idempotency-Key was already used for a different request: use a new key for a new request.",
        requestId,
      ),
      resHeaders,
    );
  if (outcome.kind === "running")
    return json(
      409,
      envelope(
        "CONFLICT",
        "A request with this Idempotency-Key is still running: retry in a moment to get its answer.",
        requestId,
      ),
      resHeaders,
    );
  if (outcome.kind === "replayed") resHeaders.set("Idempotent-Replayed", "true");
  return json(outcome.answer.status, outcome.answer.body, resHeaders);
}

type Procedure = (input: unknown) => Promise<unknown>;

/** Any failure as Guild's envelope and its status, telling an unsigned request how to sign. */
function errorAnswer(error: unknown, request: Request, requestId: string): Answer {
  const trpcError = toTRPCError(error);
  const unauthenticated =
    trpcError.code === "UNAUTHORIZED" && !request.headers.has("authorization");
  const missingScope = (error as { missingScope?: string }).missingScope;
  return envelopeOf(
    unauthenticated
      ? new TRPCError({
          code: "UNAUTHORIZED",
          message:
            "Send a personal access token: Authorization: Bearer guild_pat_… (create one under Account → Developer).",
        })
      : trpcError,
    requestId,
    missingScope ? { missingScope } : undefined,
  );
}
