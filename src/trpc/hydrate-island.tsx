import "server-only";

import { dehydrate } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { LazyHydratedTRPCProvider } from "./lazy-provider";
import { getQueryClient } from "./server";

/**
 * `HydrateClient` for pages most visitors only read (/projects, a project's page), whose layout
 * provides no tRPC: the provider and the prefetched data arrive with the island, lazily, so a
 * page renders it only for the viewers whose parts read client data (a freelancer's Save
 * buttons and proposal) and everyone else downloads no tRPC, React Query or superjson. A module
 * of its own, so the pages that never render it do not carry its lazy loader either.
 */
export function HydrateIsland({ children }: { children: ReactNode }) {
  return (
    <LazyHydratedTRPCProvider state={dehydrate(getQueryClient())}>
      {children}
    </LazyHydratedTRPCProvider>
  );
}
