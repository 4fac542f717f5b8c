import "server-only";

import { eq } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { sandboxOperations } from "~/server/db/schema/money";
import {
  cardLabel,
  readSandboxMethod,
  sandboxCardOutcome,
  sandboxSavedMethod,
} from "~/shared/money/sandbox-cards";
import type {
  ChargeRequest,
  ChargeResult,
  PaymentProvider,
  PayoutAccountState,
  PayoutRequest,
  PayoutResult,
  RefundRequest,
  RefundResult,
} from "./provider";

/**
 * The built-in test provider: no network, no real money. It keeps its own records (what a real
 * provider keeps on its side) in `sandbox_operations`, keyed by each call's idempotency key, so
 * a retried call answers what the first one did. Test cards decide the outcome
 * (`shared/money/sandbox-cards.ts`): 4242… succeeds, 4000…0002 is declined, 4000 0025 0000 3155
 * asks the person to authenticate first.
 */
export function createSandboxProvider(db: Database): PaymentProvider {
  async function recorded(idempotencyKey: string) {
    const [row] = await db
      .select()
      .from(sandboxOperations)
      .where(eq(sandboxOperations.idempotencyKey, idempotencyKey));
    return row;
  }

  async function record(values: typeof sandboxOperations.$inferInsert) {
    await db.insert(sandboxOperations).values(values).onConflictDoNothing();
    return (await recorded(values.idempotencyKey))!;
  }

  async function byRef(ref: string) {
    const [row] = await db.select().from(sandboxOperations).where(eq(sandboxOperations.ref, ref));
    return row;
  }

  function asCharge(row: typeof sandboxOperations.$inferSelect): ChargeResult {
    const detail = row.detail ? (JSON.parse(row.detail) as SandboxChargeDetail) : null;
    return {
      ref: row.ref,
      status: row.status as ChargeResult["status"],
      chargeRef: row.status === "succeeded" ? `${row.ref}_ch` : null,
      failureMessage: detail?.failureMessage ?? null,
      cardLabel: detail?.cardLabel ?? null,
      savedMethod: detail?.savedMethod ?? null,
    };
  }

  return {
    name: "sandbox",

    async createCustomer() {
      return null;
    },

    async createCharge(request: ChargeRequest) {
      const earlier = await recorded(request.idempotencyKey);
      if (earlier) return asCharge(earlier);
      const number = request.card?.number ?? null;
      const saved = request.saved ? readSandboxMethod(request.saved.methodRef) : null;
      const outcome = number ? sandboxCardOutcome(number) : (saved?.outcome ?? null);
      const label = number ? cardLabel(number) : (saved?.label ?? null);
      let status: ChargeResult["status"] = "failed";
      let failureMessage: string | null = null;
      if (!outcome) failureMessage = "No card was given.";
      else if (outcome.kind === "succeed") status = "succeeded";
      else if (outcome.kind === "authenticate")
        // Nobody is present to authenticate a charge made without them.
        [status, failureMessage] = request.saved
          ? ["failed", "The card needs the cardholder to authenticate this payment."]
          : ["requires_action", null];
      else failureMessage = outcome.message;
      const kept = request.saveCard && number ? sandboxSavedMethod(number) : null;
      const savedMethod = kept ? { customerRef: null, ...kept } : null;
      const row = await record({
        idempotencyKey: request.idempotencyKey,
        kind: "charge",
        ref: `sbpi_${crypto.randomUUID()}`,
        status,
        amountMinor: request.amountMinor,
        currency: request.currency,
        detail: JSON.stringify({
          failureMessage,
          cardLabel: label,
          savedMethod,
        } satisfies SandboxChargeDetail),
      });
      return asCharge(row);
    },

    async retrieveCharge(ref: string) {
      const row = await byRef(ref);
      if (!row) throw new Error(`The sandbox has no charge ${ref}`);
      return asCharge(row);
    },

    async authenticate(ref: string, approve: boolean) {
      const row = await byRef(ref);
      if (!row) throw new Error(`The sandbox has no charge ${ref}`);
      if (row.status === "requires_action") {
        const detail = JSON.parse(row.detail ?? "{}") as SandboxChargeDetail;
        await db
          .update(sandboxOperations)
          .set({
            status: approve ? "succeeded" : "failed",
            detail: JSON.stringify({
              ...detail,
              failureMessage: approve ? null : "The payment was not authenticated.",
            }),
          })
          .where(eq(sandboxOperations.ref, ref));
      }
      return asCharge((await byRef(ref))!);
    },

    async refund(request: RefundRequest): Promise<RefundResult> {
      const row = await record({
        idempotencyKey: request.idempotencyKey,
        kind: "refund",
        ref: `sbre_${crypto.randomUUID()}`,
        status: "succeeded",
        amountMinor: request.amountMinor,
        currency: request.currency,
        detail: JSON.stringify({ chargeRef: request.chargeRef }),
      });
      return { ref: row.ref, status: "succeeded" };
    },

    async payout(request: PayoutRequest): Promise<PayoutResult> {
      const row = await record({
        idempotencyKey: request.idempotencyKey,
        kind: "payout",
        ref: `sbpo_${crypto.randomUUID()}`,
        status: "paid",
        amountMinor: request.amountMinor,
        currency: request.currency,
        detail: null,
      });
      return { ref: row.ref, status: "paid" };
    },

    async createPayoutAccount(user): Promise<PayoutAccountState> {
      return sandboxAccount(`sbacct_${user.id}`);
    },

    async onboardingLink() {
      return null;
    },

    async retrievePayoutAccount(accountRef: string) {
      return sandboxAccount(accountRef);
    },
  };
}

interface SandboxChargeDetail {
  failureMessage: string | null;
  cardLabel: string | null;
  savedMethod: ChargeResult["savedMethod"];
}

function sandboxAccount(accountRef: string): PayoutAccountState {
  return { accountRef, detailsSubmitted: true, payoutsEnabled: true, transfersEnabled: true };
}
