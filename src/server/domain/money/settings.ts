import "server-only";

import { env } from "~/env";
import type { Database } from "~/server/db/client";
import { paymentProviderFor } from "~/server/payments/get-provider";
import { DAY_MS } from "~/shared/hourly/calendar";
import type { DomainContext, MoneySettings } from "../context";

/** The settings an action runs with: the context's (tests), else the environment's. */
export function moneyOf(ctx: DomainContext): MoneySettings {
  return {
    feeBps: ctx.money?.feeBps ?? env.PLATFORM_FEE_BPS,
    autoReleaseMs: ctx.money?.autoReleaseMs ?? env.AUTO_RELEASE_DAYS * DAY_MS,
    get provider() {
      // The sandbox keeps its records with ours; it is called outside our transactions.
      return ctx.money?.provider ?? paymentProviderFor(ctx.db as Database);
    },
  };
}
