import { eq } from "drizzle-orm";
import { SQLiteTransaction } from "drizzle-orm/sqlite-core";

import type { DbOrTx, Transaction } from "~/server/db/client";
import { auditContext } from "~/server/db/schema/audit";
import type { RequestMeta } from "~/server/observability/request-meta";
import type { Actor, PersonActor } from "./actor";
import type { PaymentProvider } from "~/server/payments/provider";
import type { Resolve } from "~/server/webhooks/guarded-lookup";

/** What every domain action receives: a database handle (or transaction), the actor, the request. */
export interface DomainContext {
  db: DbOrTx;
  /** Who acts: a person, the system for a named job, or nobody (signed out). */
  actor: Actor | null;
  request?: RequestMeta;
  /**
   * Runs work after the response is sent (Next's `after`), so its duration and failures
   * cannot be observed by the caller. Absent outside a request: the work runs inline.
   */
  defer?: (task: () => Promise<void>) => void;
  /**
   * The time the action happens at. Absent in requests (it is the wall clock); tests pass
   * one to act at a chosen moment, and jobs will pass the time they run for.
   */
  now?: () => Date;
  /**
   * Work to run once the outermost transaction commits (publishing a live event); set by
   * `withTransaction`. Use `afterCommit(ctx, …)`, which runs the work at once outside one.
   */
  commitHooks?: (() => void)[];
  /**
   * Money settings and the payment provider. Absent in requests (the environment's: see
   * domain/money/settings.ts); tests pass them to use a fake provider or another fee rate.
   */
  money?: Partial<MoneySettings>;
  /**
   * Outgoing webhooks' settings. Absent in requests (the environment's: see
   * domain/webhook/settings.ts); tests pass them to resolve names their way.
   */
  webhooks?: Partial<WebhookSettings>;
}

/** How outgoing webhooks connect (see server/webhooks/). */
export interface WebhookSettings {
  /** The development setting: loopback addresses (and plain http) may receive webhooks. */
  allowLoopback: boolean;
  /** Resolves a name to every address it has. */
  resolve: Resolve;
  /** The deadline of one delivery attempt. */
  timeoutMs: number;
}

/** How money moves: the provider, the platform's fee and the auto-release delay. */
export interface MoneySettings {
  provider: PaymentProvider;
  /** The platform fee on released money, in basis points. */
  feeBps: number;
  /** How long a submitted milestone waits for the client before it is released by itself. */
  autoReleaseMs: number;
}

/** A context whose actor is a known person: protected procedures hand this to domain actions. */
export interface PersonContext extends DomainContext {
  actor: PersonActor;
}

/**
 * Runs `work` in one transaction with a context whose `db` is that transaction. Inside an
 * outer transaction it joins it, so an action that needs atomicity composes with one that
 * already has it: everything commits together or nothing does.
 */
export async function withTransaction<C extends DomainContext, T>(
  ctx: C,
  work: (tx: C & { db: Transaction }) => Promise<T>,
): Promise<T> {
  if (ctx.db instanceof SQLiteTransaction) return work(ctx as C & { db: Transaction });
  const commitHooks: (() => void)[] = [];
  const result = await ctx.db.transaction(async (db) => {
    // The audit triggers read who acts from here (see db/schema/audit.ts); it leaves with us.
    await db
      .insert(auditContext)
      .values({ id: 1, ...auditedActor(ctx) })
      .onConflictDoUpdate({
        target: auditContext.id,
        set: auditedActor(ctx),
      });
    const answer = await work({ ...ctx, db, commitHooks });
    await db.delete(auditContext).where(eq(auditContext.id, 1));
    return answer;
  });
  for (const hook of commitHooks) hook();
  return result;
}

/** Who the data-change audit names for work done in `ctx`. */
function auditedActor(ctx: DomainContext) {
  const actor =
    ctx.actor?.kind === "person"
      ? ctx.actor.id
      : ctx.actor?.kind === "system"
        ? `system:${ctx.actor.job}`
        : null;
  return {
    actor,
    requestId: ctx.request?.requestId ?? null,
    at: (ctx.now?.() ?? new Date()).getTime(),
  };
}

/**
 * Runs `hook` after the transaction `ctx` is in commits, or at once when it is in none. A
 * rolled-back transaction never runs it. Hooks must not throw: they only signal.
 */
export function afterCommit(ctx: Pick<DomainContext, "db" | "commitHooks">, hook: () => void) {
  if (ctx.db instanceof SQLiteTransaction && ctx.commitHooks) ctx.commitHooks.push(hook);
  else hook();
}
