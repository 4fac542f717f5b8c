import "server-only";

import { env } from "~/env";
import { systemResolve } from "~/server/webhooks/guarded-lookup";
import type { DomainContext, WebhookSettings } from "../context";

/** The settings webhooks run with: the context's (tests), else the environment's. */
export function webhooksOf(ctx: DomainContext): WebhookSettings {
  return {
    allowLoopback: ctx.webhooks?.allowLoopback ?? env.WEBHOOKS_ALLOW_LOOPBACK,
    resolve: ctx.webhooks?.resolve ?? systemResolve,
    timeoutMs: ctx.webhooks?.timeoutMs ?? 10_000,
  };
}
