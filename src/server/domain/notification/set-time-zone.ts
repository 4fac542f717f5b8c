import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { users } from "~/server/db/schema/users";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { InvalidError, NotFoundError } from "~/server/domain/errors";
import {
  canonicalTimeZone,
  TIME_ZONE_INVALID,
  type SetTimeZoneInput,
} from "~/shared/schemas/notification";

/** The zone the actor's daily digest keeps time in (08:00 there); the input is a checked IANA name. */
export async function setTimeZone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SetTimeZoneInput>;
}) {
  // The procedure's schema checked it; a job or script calling in directly is checked here.
  const timeZone = canonicalTimeZone(input.timeZone);
  if (!timeZone) throw new InvalidError(TIME_ZONE_INVALID, { timeZone: [TIME_ZONE_INVALID] });
  // In a transaction, as every audited change is: the audit names who acted.
  const [user] = await withTransaction(ctx, (tx) =>
    tx.db
      .update(users)
      .set({ timeZone })
      .where(eq(users.id, ctx.actor.id))
      .returning({ timeZone: users.timeZone }),
  );
  if (!user) throw new NotFoundError("Your account could not be found.");
  return user;
}
