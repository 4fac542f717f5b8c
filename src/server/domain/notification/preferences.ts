import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { notificationPreferences } from "~/server/db/schema/notifications";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import {
  defaultEmailSetting,
  notificationKinds,
  type EmailSetting,
  type NotificationKind,
} from "~/shared/notifications";
import type { SetNotificationPreferenceInput } from "~/shared/schemas/notification";

/** How `userId` wants `kind` by email; a kind they never chose for gets the default. */
export async function emailSettingFor(
  db: DbOrTx,
  userId: string,
  kind: NotificationKind,
): Promise<EmailSetting> {
  const [row] = await db
    .select({ email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)))
    .limit(1);
  return row?.email ?? defaultEmailSetting;
}

/** The actor's email setting for every kind, and the zone their daily digest keeps time in. */
export async function getNotificationPreferences({ ctx }: { ctx: PersonContext }) {
  const [account] = await ctx.db
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, ctx.actor.id))
    .limit(1);
  if (!account) throw new NotFoundError("Your account could not be found.");
  const chosen = await ctx.db
    .select({ kind: notificationPreferences.kind, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, ctx.actor.id));
  const byKind = new Map(chosen.map((row) => [row.kind, row.email]));
  return {
    timeZone: account.timeZone,
    email: notificationKinds.map((kind) => ({
      kind,
      email: byKind.get(kind) ?? defaultEmailSetting,
    })),
  };
}

/** Sets how the actor gets one kind by email; in-app notifications are always on. */
export async function setNotificationPreference({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: SetNotificationPreferenceInput;
}) {
  await ctx.db
    .insert(notificationPreferences)
    .values({ userId: ctx.actor.id, kind: input.kind, email: input.email })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { email: input.email },
    });
  return { kind: input.kind, email: input.email };
}
