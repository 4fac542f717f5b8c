"use client";

import dynamic from "next/dynamic";

/**
 * `HydratedTRPCProvider` in a chunk of its own, with the tRPC client, React Query and superjson:
 * a page that renders it only for some viewers ships none of them to the others.
 */
export const LazyHydratedTRPCProvider = dynamic(() =>
  import("./react").then((module) => module.HydratedTRPCProvider),
);
