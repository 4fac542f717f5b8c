import "server-only";

import type { DbOrTx } from "~/server/db/client";
import type { contracts } from "~/server/db/schema/contracts";
import type { disputes } from "~/server/db/schema/trust";
import type { Notice } from "~/server/domain/notification/notify";
import type { NotificationKind } from "~/shared/notifications";
import { adminIds, disputeHref } from "./dispute-access";

type Dispute = typeof disputes.$inferSelect;
type Contract = typeof contracts.$inferSelect;

/**
 * One notice per person who should hear of a step in a dispute: the contract's parties and
 * the admins, as asked (`notify` never tells the actor of their own step).
 */
export async function disputeNotices(
  db: DbOrTx,
  args: {
    dispute: Dispute;
    contract: Contract;
    kind: NotificationKind;
    /** Names the step, so a replay tells no one twice. */
    eventKey: string;
    title: string;
    body?: string | null;
    to: { parties: boolean; admins: boolean };
  },
): Promise<Notice[]> {
  const { dispute, contract } = args;
  const notice = (userId: string, role: "client" | "freelancer" | "admin"): Notice => ({
    userId,
    kind: args.kind,
    eventKey: args.eventKey,
    title: args.title,
    body: args.body ?? null,
    href: disputeHref(dispute, role),
  });
  const notices: Notice[] = [];
  if (args.to.parties)
    notices.push(notice(contract.clientId, "client"), notice(contract.freelancerId, "freelancer"));
  if (args.to.admins)
    for (const id of await adminIds(db))
      if (id !== contract.clientId && id !== contract.freelancerId)
        notices.push(notice(id, "admin"));
  return notices;
}
