import "server-only";

import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { cache } from "react";

import { createCaller, type AppRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { createQueryClient } from "./query-client";

/** One context per React render: server components share the request's id and session. */
const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads });
});

const getQueryClient = cache(createQueryClient);
const caller = createCaller(createContext);

/** The signed-in session of this request (one check per request, shared with the procedures). */
export async function getSession() {
  return (await createContext()).session;
}

/** `api.x.y()` calls a procedure directly; `api.x.y.prefetch()` fills the cache `HydrateClient` hands to client components. */
export const { trpc: api, HydrateClient } = createHydrationHelpers<AppRouter>(
  caller,
  getQueryClient,
);

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
