import "server-only";

import type { DbOrTx } from "~/server/db/client";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { closedWeekRefusal } from "./time-rules";
import { entryAs } from "./timesheet-access";
import { readWeek } from "./week-state";

/**
 * An entry the freelancer may still change or delete, read in the caller's transaction at
 * `now`: any entry of an open week of an active contract, or an entry the client disputed
 * (a disputed week can be amended even after the contract ended, so it can be settled).
 */
export async function changeableEntry(db: DbOrTx, ctx: PersonContext, id: string, now: Date) {
  const found = await entryAs(db, ctx, id, "freelancer");
  const reading = readWeek(found.week, now);
  if (reading.state === "open" && found.contract.status === "active") return found;
  if (reading.state === "disputed") {
    if (found.entry.disputed) return found;
    throw new ConflictError(
      "The client didn't dispute this entry: in a disputed week only disputed entries can change.",
    );
  }
  throw closedWeekRefusal(reading);
}
