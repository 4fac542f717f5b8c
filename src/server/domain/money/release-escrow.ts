import "server-only";

import type { contracts } from "~/server/db/schema/contracts";
import type { DomainContext } from "~/server/domain/context";
import type { Transaction } from "~/server/db/client";
import { moneyReleased, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { platformFee } from "~/shared/money/currencies";
import { heldFor } from "./escrow";
import { assertNotFrozen } from "./frozen";
import { postTransaction } from "./ledger";
import { moneyOf } from "./settings";
import { payOutRelease } from "./request-payout";

/**
 * Releases what escrow holds for a milestone or week to the freelancer, less the platform fee
 * (its own entry, to platform revenue), in the caller's transaction. One release per item,
 * however many approvals race: the ledger's key is the item. Answers what moved, or null when
 * escrow held nothing for it (work approved before payments existed).
 */
export async function releaseEscrow(
  tx: DomainContext & { db: Transaction },
  args: {
    contract: typeof contracts.$inferSelect;
    item: "milestone" | "week";
    itemId: string;
    /** "“Design”" or "the week of 2 Nov", for the history and the notice. */
    what: string;
    automatic: boolean;
  },
) {
  const { contract } = args;
  await assertNotFrozen(tx.db, args.item, args.itemId, args.what);
  const held = await heldFor(tx.db, contract.id, args.item, args.itemId);
  if (held.heldMinor <= 0) return null;
  const { feeBps } = moneyOf(tx);
  const feeMinor = platformFee(held.heldMinor, feeBps);
  const netMinor = held.heldMinor - feeMinor;
  const posted = await postTransaction(tx.db, {
    idempotencyKey: `release:${args.item}:${args.itemId}`,
    kind: "release",
    currency: contract.currency,
    memo: `Released ${args.what}`,
    contractId: contract.id,
    milestoneId: args.item === "milestone" ? args.itemId : null,
    weekId: args.item === "week" ? args.itemId : null,
    feeBps,
    postings: [
      { account: { kind: "escrow", contractId: contract.id }, amountMinor: -held.heldMinor },
      { account: { kind: "available", userId: contract.freelancerId }, amountMinor: netMinor },
      { account: { kind: "platform_fees" }, amountMinor: feeMinor },
    ],
  });
  if (!posted.created) return null;
  await payOutRelease(tx, {
    contractId: contract.id,
    freelancerId: contract.freelancerId,
    currency: contract.currency,
    netMinor,
    item: args.item,
    itemId: args.itemId,
    releaseId: posted.id,
  });
  await notify(
    tx,
    moneyReleased({
      projectTitle: await projectTitle(tx.db, contract.projectId),
      contract,
      what: args.what,
      transactionId: posted.id,
      netMinor,
      feeMinor,
      automatic: args.automatic,
    }),
  );
  return { transactionId: posted.id, grossMinor: held.heldMinor, feeMinor, netMinor };
}
