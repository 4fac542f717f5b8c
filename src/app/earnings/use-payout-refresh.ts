"use client";

import { useCallback, useEffect, useState } from "react";

import { onLiveEvent } from "~/app/_components/live-event-hub";
import { api } from "~/trpc/react";

/** How long the page keeps asking after a withdrawal: the sandbox pays out within seconds. */
const WATCH_MS = 20_000;

/**
 * Keeps the balances and the history current while a withdrawal is on its way: the page
 * reads them every second for a short while after one, and again whenever a notification
 * arrives on the tab's stream (a `payout.paid` one says the money reached the bank).
 */
export function usePayoutRefresh() {
  const utils = api.useUtils();
  const [watchUntil, setWatchUntil] = useState(0);
  const refresh = useCallback(() => {
    void utils.payment.earnings.invalidate();
    void utils.payment.transactions.invalidate();
  }, [utils]);

  useEffect(
    () =>
      onLiveEvent((event) => {
        if (event.type === "notification") refresh();
      }),
    [refresh],
  );

  useEffect(() => {
    if (watchUntil === 0) return;
    const timer = setInterval(() => {
      if (Date.now() > watchUntil) return setWatchUntil(0);
      refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [watchUntil, refresh]);

  return {
    refresh,
    /** Call after a withdrawal was accepted. */
    watch: () => setWatchUntil(Date.now() + WATCH_MS),
  };
}
