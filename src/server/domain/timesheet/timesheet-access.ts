import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { contracts } from "~/server/db/schema/contracts";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, ForbiddenError, NotFoundError } from "~/server/domain/errors";
import { ofKind, refusals } from "~/server/domain/contract/contract-kind";
import { loadContractForParty, partyTo, type Party } from "~/server/domain/contract/load-contract";

type Contract = typeof contracts.$inferSelect;

/**
 * The checks every timesheet action makes, in the order that says the least: a stranger
 * finds nothing (NOT_FOUND), the other party may not (FORBIDDEN, whatever state things are
 * in), then the contract's kind and state (CONFLICT).
 */
function asParty(ctx: PersonContext, contract: Contract, party: Party) {
  const mine = party === "client" ? contract.clientId : contract.freelancerId;
  if (mine !== ctx.actor.id) throw new ForbiddenError(`Only the contract's ${party} can do this.`);
  return ofKind(contract, "hourly", refusals.timesheet);
}

/** An hourly contract of the actor's, as `party`; `active` also refuses a finished one. */
export async function hourlyContractAs(
  db: DbOrTx,
  ctx: PersonContext,
  contractId: string,
  party: Party,
  { active }: { active: boolean },
) {
  const contract = asParty(ctx, await loadContractForParty(db, ctx.actor, contractId), party);
  if (active && contract.status !== "active")
    throw new ConflictError("This contract has ended: no more time can be logged on it.");
  return contract;
}

/** A week of one of the actor's hourly contracts, as `party`. */
export async function weekAs(db: DbOrTx, ctx: PersonContext, id: string, party: Party) {
  const [row] = await db
    .select({ week: timesheetWeeks, contract: contracts })
    .from(timesheetWeeks)
    .innerJoin(contracts, eq(contracts.id, timesheetWeeks.contractId))
    .where(and(eq(timesheetWeeks.id, id), partyTo(ctx.actor)))
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that week among your contracts.");
  return { week: row.week, contract: asParty(ctx, row.contract, party) };
}

/** A time entry on one of the actor's hourly contracts, as `party`, with its week. */
export async function entryAs(db: DbOrTx, ctx: PersonContext, id: string, party: Party) {
  const [row] = await db
    .select({ entry: timeEntries, week: timesheetWeeks, contract: contracts })
    .from(timeEntries)
    .innerJoin(timesheetWeeks, eq(timesheetWeeks.id, timeEntries.weekId))
    .innerJoin(contracts, eq(contracts.id, timeEntries.contractId))
    .where(and(eq(timeEntries.id, id), partyTo(ctx.actor)))
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that time entry among your contracts.");
  return { entry: row.entry, week: row.week, contract: asParty(ctx, row.contract, party) };
}
