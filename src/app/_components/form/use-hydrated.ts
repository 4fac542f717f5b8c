"use client";

import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False in the server's HTML and until React has hydrated this part of the page, then true.
 * A form whose code arrives in a chunk of its own disables its fields until then: text typed
 * into the server's HTML before hydration would be replaced by the form's empty state.
 */
export function useHydrated() {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
