"use client";

import dynamic from "next/dynamic";

/*
 * "Save this search" in a chunk of its own, with the tRPC client and the zod schema it needs:
 * loaded only where it is rendered (a freelancer's search), so visitors download none of it.
 */
export const LazySaveSearch = dynamic(() =>
  import("./save-search").then((module) => module.SaveSearch),
);
