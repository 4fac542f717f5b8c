import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { getQueryClient } from "./server";

/**
 * Hands what the page prefetched (`api.x.y.prefetch()`) to the client components inside, so
 * their `useSuspenseQuery` finds it without asking again. Needs a TRPCReactProvider above it
 * (the segment's layout); pages whose layout has none use `HydrateIsland`.
 */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
