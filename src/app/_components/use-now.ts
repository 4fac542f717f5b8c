"use client";

import { useEffect, useState } from "react";

/**
 * The clock, read again every `everyMs` so "2 minutes ago" and "still editable" move on while
 * a page stays open. It starts at the request's reading, so the server's HTML and hydration
 * agree; the browser's own clock takes over after.
 */
export function useNow(requestTime: number, everyMs = 30_000) {
  const [now, setNow] = useState(requestTime);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}
