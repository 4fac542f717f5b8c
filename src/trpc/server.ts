import "server-only";

import { dehydrate } from "@tanstack/react-query";
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache, createElement, type ReactNode } from "react";

import { createCaller, type AppRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { LazyHydratedTRPCProvider } from "./lazy-provider";
import { createQueryClient } from "./query-client";
import { queryKeyFor } from "./query-key";

/** One context per React render: server components share the request's id and session. */
const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads });
});

const getQueryClient = cache(createQueryClient);
const caller = createCaller(createContext);

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

/** `api.x.y()` calls a procedure directly; `api.x.y.prefetch()` fills the cache `HydrateClient` hands to client components. */
export const { trpc: api, HydrateClient } = createHydrationHelpers<AppRouter>(
  caller,
  getQueryClient,
);

/**
 * `HydrateClient` for pages most visitors only read (/projects, a project's page), whose layout
 * provides no tRPC: the provider and the prefetched data arrive with the island, lazily, so a
 * page renders it only for the viewers whose parts read client data (a freelancer's Save
 * buttons and proposal) and everyone else downloads no tRPC, React Query or superjson.
 */
export function HydrateIsland({ children }: { children: ReactNode }) {
  return createElement(LazyHydratedTRPCProvider, { state: dehydrate(getQueryClient()) }, children);
}

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
