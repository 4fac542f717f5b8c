import "server-only";

import type { createHydrationHelpers } from "@trpc/react-query/rsc";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { createCaller, type AppRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { isProvenAdmin } from "~/server/domain/access/policy";
import { createQueryClient } from "./query-client";
import { infiniteQueryKeyFor, queryKeyFor } from "./query-key";

/** One context per React render: server components share the request's id and session. */
const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads, tokens: false });
});

/** The request's query cache, which `api.x.y.prefetch()` fills and the hydration helpers hand over. */
export const getQueryClient = cache(createQueryClient);
/**
 * A page that fails on our side shows "Reference: …" (src/app/error.tsx), which is Next's
 * digest of the error. An internal error takes the request's id as its digest, so the
 * reference a person quotes finds the request's log lines.
 */
const caller = createCaller(createContext, {
  onError: ({ error, ctx }) => {
    if (error.code === "INTERNAL_SERVER_ERROR" && ctx)
      (error as { digest?: string }).digest ??= ctx.request.requestId;
  },
});

/** The signed-in person viewing this request, or null (one check per request, shared with the procedures). */
export async function getViewer() {
  return (await createContext()).actor;
}

/** For pages that need a signed-in person: sends anyone else to sign in, then back here. */
export async function requireViewer(returnTo: string) {
  const viewer = await getViewer();
  // An over-long path would make a Location header no client accepts: sign-in lands on its default instead.
  if (!viewer)
    redirect(returnTo.length > 500 ? "/signin" : `/signin?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/**
 * Where the viewer stands with the admin console: `proven` (an admin whose session proved a
 * second factor: `isProvenAdmin` decides), `unproven` (an admin who has not), or null.
 */
export async function adminStanding(): Promise<"proven" | "unproven" | null> {
  const viewer = await getViewer();
  if (viewer?.role !== "admin") return null;
  return isProvenAdmin(viewer) ? "proven" : "unproven";
}

/**
 * For admin pages. Each page checks for itself, because a navigation between admin pages
 * renders the page without its layout: anyone signed out signs in first, and a non-admin finds
 * nothing (404). An admin whose session did not prove a second factor gets null: the page
 * shows nothing, and the layout tells them what to do.
 */
export async function requireProvenAdmin(returnTo: string) {
  const viewer = await requireViewer(returnTo);
  if (viewer.role !== "admin") notFound();
  return isProvenAdmin(viewer) ? viewer : null;
}

type Procedure = (input: unknown) => Promise<unknown>;

/** A path of the caller as a proxy: called, it runs the procedure (or, ending in `prefetch`, prefetches it). */
function callerPath(path: string[]): unknown {
  const run = (input: unknown) => {
    const prefetch = path.at(-1) === "prefetch";
    const procedurePath = prefetch ? path.slice(0, -1) : path;
    const procedure = procedurePath.reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      caller,
    ) as Procedure;
    if (!prefetch) return procedure(input);
    // Called only if the cache wants it: an answer made and then not awaited would be an
    // unhandled rejection when it fails.
    return getQueryClient().prefetchQuery({
      queryKey: queryKeyFor(procedurePath.join("."), input),
      queryFn: () => procedure(input),
    });
  };
  return new Proxy(run, {
    // Never a thenable: awaiting a path by mistake must not look like a call.
    get: (_run, key) =>
      typeof key === "string" && key !== "then" ? callerPath([...path, key]) : undefined,
  });
}

/**
 * `api.x.y(input)` calls a procedure as this request's viewer; `api.x.y.prefetch(input)` also
 * puts its answer in the request's cache, under the key the browser's hooks read, for
 * `HydrateClient` (~/trpc/hydrate-client) to hand to client components. This is what tRPC's
 * `createHydrationHelpers` does; its module also imports React Query's HydrationBoundary, a
 * client component, and every page (the header reads `getViewer` here) would ship it.
 */
export const api = callerPath([]) as ReturnType<typeof createHydrationHelpers<AppRouter>>["trpc"];

/**
 * For pages that show one thing by id: the procedure's answer, or null when it does not exist
 * for this viewer (NOT_FOUND) or the id is malformed (BAD_REQUEST), so the page can 404.
 */
export async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}

/**
 * `orNull` for a page whose client components read the thing too: the procedure's answer (or
 * null, so the page can 404) is also put in the cache `HydrateClient` hands over, under the key
 * `api.<path>.useSuspenseQuery(input)` reads, so the browser has it without asking again.
 * `path` names `call`: `hydratedOrNull("project.manage", { id }, api.project.manage)`.
 */
export async function hydratedOrNull<TInput, TOutput>(
  path: string,
  input: TInput,
  call: (input: TInput) => Promise<TOutput>,
): Promise<TOutput | null> {
  const data = await orNull(call(input));
  if (data !== null) getQueryClient().setQueryData(queryKeyFor(path, input), data);
  return data;
}

/**
 * The first page of a list the browser pages through with `useSuspenseInfiniteQuery(input)`
 * ("Load more"): called here, and put in the cache `HydrateClient` hands over, as that query's
 * only page so far. `path` names `call`, as in `hydratedOrNull`.
 */
export async function hydrateFirstPage<TInput extends Record<string, unknown>, TOutput>(
  path: string,
  input: TInput,
  call: (input: TInput) => Promise<TOutput>,
): Promise<TOutput> {
  const page = await call(input);
  getQueryClient().setQueryData(infiniteQueryKeyFor(path, input), {
    pages: [page],
    pageParams: [null],
  });
  return page;
}
