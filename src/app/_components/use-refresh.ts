"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * Re-renders the page's server parts after a change, and says when that is done: a button
 * stays busy (and an inline form open) until the page shows the new state, so nothing stale
 * is offered in between. `then` runs once the new state is on screen.
 */
export function useRefresh() {
  const router = useRouter();
  const [refreshing, start] = useTransition();
  const then = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (refreshing || !then.current) return;
    const run = then.current;
    then.current = null;
    run();
  }, [refreshing]);
  return {
    refreshing,
    refresh: (afterwards?: () => void) => {
      then.current = afterwards ?? null;
      start(() => router.refresh());
    },
  };
}
