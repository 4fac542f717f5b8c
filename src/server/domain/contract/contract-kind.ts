import "server-only";

import { ConflictError } from "~/server/domain/errors";
import type { ContractKind } from "~/shared/statuses";

/** What an action on the other kind of contract is told, in one place. */
export const refusals = {
  milestones:
    "This is an hourly contract: time is logged and approved week by week, so it has no milestones.",
  amount:
    "This is an hourly contract: it is paid by the hour at its rate, so it has no amount to change.",
  legacyMilestone:
    "This milestone is from before the contract became hourly: it is kept as a record and can no longer change.",
  timesheet: "This is a fixed-price contract: it has milestones, not a timesheet.",
} as const;

/** The contract, if it is of `kind`; CONFLICT with `refusal` otherwise. */
export function ofKind<C extends { kind: ContractKind }>(
  contract: C,
  kind: ContractKind,
  refusal: string,
): C {
  if (contract.kind !== kind) throw new ConflictError(refusal);
  return contract;
}
