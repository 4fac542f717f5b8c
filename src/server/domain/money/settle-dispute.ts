import "server-only";

import type { Transaction } from "~/server/db/client";
import type { contracts } from "~/server/db/schema/contracts";
import type { disputes } from "~/server/db/schema/trust";
import type { DomainContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { moneyReleased, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { platformFee } from "~/shared/money/currencies";
import { heldFor } from "./escrow";
import { postTransaction } from "./ledger";
import { refundToCards } from "./refund-escrow";
import { payOutRelease } from "./request-payout";
import { moneyOf } from "./settings";

/**
 * Settles a dispute's frozen amount as an admin decided, in the caller's transaction and in
 * ONE balanced ledger transaction: escrow gives up the frozen amount; the freelancer's part
 * goes to their available balance less Guild's fee (the fee follows the released part only),
 * the client's part goes back to their card (refund rows the `payment.refund` job sends, with
 * credit notes). Its key is the dispute: settling twice posts once.
 */
export async function settleDispute(
  tx: DomainContext & { db: Transaction },
  args: {
    contract: typeof contracts.$inferSelect;
    dispute: typeof disputes.$inferSelect;
    /** Of the frozen amount, to the freelancer before the fee; the rest is refunded. */
    releasedMinor: number;
    /** "“Design”" or "the week of 2 Nov". */
    what: string;
  },
) {
  const { contract, dispute, what } = args;
  const item = dispute.item;
  const itemId = (dispute.milestoneId ?? dispute.weekId)!;
  const frozen = dispute.frozenMinor;
  const released = args.releasedMinor;
  if (!Number.isSafeInteger(released) || released < 0 || released > frozen)
    throw new RangeError(`A settlement's released part must lie in 0..${frozen}`);
  const held = await heldFor(tx.db, contract.id, item, itemId);
  if (held.heldMinor < frozen)
    throw new ConflictError(
      "Escrow no longer holds the disputed amount: the money moved since the dispute opened.",
    );
  const { feeBps } = moneyOf(tx);
  const feeMinor = platformFee(released, feeBps);
  const netMinor = released - feeMinor;
  const refundedMinor = frozen - released;
  const posted = await postTransaction(tx.db, {
    idempotencyKey: `dispute:${dispute.id}`,
    kind: "settlement",
    currency: contract.currency,
    memo: `Dispute over ${what} settled`,
    contractId: contract.id,
    milestoneId: dispute.milestoneId,
    weekId: dispute.weekId,
    feeBps: released > 0 ? feeBps : null,
    postings: [
      { account: { kind: "escrow", contractId: contract.id }, amountMinor: -frozen },
      { account: { kind: "available", userId: contract.freelancerId }, amountMinor: netMinor },
      { account: { kind: "platform_fees" }, amountMinor: feeMinor },
      { account: { kind: "provider_clearing" }, amountMinor: refundedMinor },
    ],
  });
  if (!posted.created) return null;
  if (refundedMinor > 0)
    await refundToCards(tx, {
      contract,
      item,
      itemId,
      what,
      reason: "settled by a dispute's decision",
      amountMinor: refundedMinor,
      ledger: "settled",
    });
  if (netMinor > 0) {
    await payOutRelease(tx, {
      contractId: contract.id,
      freelancerId: contract.freelancerId,
      currency: contract.currency,
      netMinor,
      item,
      itemId,
      releaseId: posted.id,
    });
    await notify(
      tx,
      moneyReleased({
        projectTitle: await projectTitle(tx.db, contract.projectId),
        contract,
        what,
        transactionId: posted.id,
        netMinor,
        feeMinor,
        automatic: false,
      }),
    );
  }
  return { transactionId: posted.id, releasedMinor: released, feeMinor, netMinor, refundedMinor };
}
