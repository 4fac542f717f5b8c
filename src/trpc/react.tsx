"use client";

import {
  HydrationBoundary,
  QueryClientProvider,
  type DehydratedState,
  type QueryClient,
} from "@tanstack/react-query";
import {
  httpBatchStreamLink,
  httpLink,
  httpSubscriptionLink,
  loggerLink,
  splitLink,
} from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { useState, type ReactNode } from "react";
import superjson from "superjson";

import type { AppRouter } from "~/server/api/root";
import { idempotencyKeyOf } from "./idempotency-key";
import { createQueryClient } from "./query-client";

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // The server renders each request with its own cache; the browser keeps one.
  if (typeof window === "undefined") return createQueryClient();
  browserQueryClient ??= createQueryClient();
  return browserQueryClient;
}

export const api = createTRPCReact<AppRouter>();

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

const ROUTINE_CODES = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
]);

function isRoutineRefusal(error: Error) {
  const code = (error as { data?: { code?: string } | null }).data?.code;
  return code !== undefined && ROUTINE_CODES.has(code);
}

const linkOptions = {
  transformer: superjson,
  // Relative in the browser; server-side rendering of client components never fetches.
  url: typeof window === "undefined" ? "http://localhost/api/trpc" : "/api/trpc",
  headers: () => ({ "x-trpc-source": "nextjs-react" }),
};

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    api.createClient({
      links: [
        loggerLink({
          // A refusal a person caused (bad input, a conflict, something not found) is shown by
          // the form that asked; only failures nobody expected reach the console.
          enabled: (op) =>
            op.direction === "down" && op.result instanceof Error && !isRoutineRefusal(op.result),
        }),
        splitLink({
          // Live events arrive over one Server-Sent Events stream per tab (cookies sign it in);
          // it reconnects by itself, sending the last event id it saw.
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ transformer: superjson, url: linkOptions.url }),
          false: splitLink({
            // Signing in and up set the session cookie, which must travel in the response's
            // headers: a streamed batch sends its headers before any procedure has run. A
            // money or hiring action carries its own Idempotency-Key (see useIdempotencyKey).
            condition: (op) => op.path.startsWith("auth.") || idempotencyKeyOf(op) !== null,
            true: httpLink({
              ...linkOptions,
              headers: ({ op }) => {
                const key = idempotencyKeyOf(op);
                return { ...linkOptions.headers(), ...(key ? { "idempotency-key": key } : {}) };
              },
            }),
            false: httpBatchStreamLink(linkOptions),
          }),
        }),
      ],
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <api.Provider client={trpcClient} queryClient={queryClient}>
        {children}
      </api.Provider>
    </QueryClientProvider>
  );
}

/** The provider with the server's prefetched data: what `HydrateIsland` loads lazily. */
export function HydratedTRPCProvider({
  state,
  children,
}: {
  state: DehydratedState;
  children: ReactNode;
}) {
  return (
    <TRPCReactProvider>
      <HydrationBoundary state={state}>{children}</HydrationBoundary>
    </TRPCReactProvider>
  );
}
