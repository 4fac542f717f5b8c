import { z } from "zod";

import "./messages";

import { emailSettings, notificationKinds } from "~/shared/notifications";
import { apiPage, apiTime } from "./api-output";

/** Shared by the notification pages and their procedures: no server imports here. */

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * An opaque keyset cursor: the boundary notification's time and id. Keyset (not offset) keeps
 * a page steady while new notifications arrive above it.
 */
export const notificationCursor = z
  .string()
  .max(100)
  .regex(/^\d{1,15}_[A-Za-z0-9-]{1,64}$/, { message: "That page link is no longer valid." });

export const ListNotificationsInput = z.object({
  /** Notifications strictly older than this cursor; the newest page without one. */
  cursor: notificationCursor.nullish(),
});
export type ListNotificationsInput = z.input<typeof ListNotificationsInput>;

export const MarkNotificationReadInput = z.object({ id: z.string().trim().min(1).max(64) });

export const SetNotificationPreferenceInput = z.object({
  kind: z.enum(notificationKinds),
  email: z.enum(emailSettings),
});
export type SetNotificationPreferenceInput = z.input<typeof SetNotificationPreferenceInput>;

/** The zone's canonical name ("europe/lisbon" → "Europe/Lisbon"), or null if no such zone. */
export function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export const TIME_ZONE_INVALID = "Choose a time zone from the list, such as Europe/Lisbon.";

/** An IANA time zone the runtime knows, stored by its canonical name. */
export const SetTimeZoneInput = z.object({
  timeZone: z
    .string()
    .trim()
    .min(1, { error: "Choose a time zone." })
    .max(64, { error: TIME_ZONE_INVALID })
    // Offsets ("+01:00") are valid to Intl but move with no daylight rules: names only.
    .regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/, { error: TIME_ZONE_INVALID })
    .refine((zone) => canonicalTimeZone(zone) !== null, { error: TIME_ZONE_INVALID })
    .transform((zone) => canonicalTimeZone(zone)!),
});
export type SetTimeZoneInput = z.input<typeof SetTimeZoneInput>;

/** A notification as its owner reads it (REST answers times as ISO strings). */
export const NotificationsPageOutput = apiPage(
  z.object({
    id: z.string(),
    kind: z.enum(notificationKinds),
    title: z.string(),
    body: z.string().nullable(),
    href: z.string().meta({ description: "Where in Guild it leads (a path on this site)." }),
    readAt: apiTime.nullable(),
    createdAt: apiTime,
  }),
);

/** How many notifications are still unread after marking. */
export const UnreadOutput = z.object({ unread: z.number().int() });
