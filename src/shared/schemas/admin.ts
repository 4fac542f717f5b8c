import { z } from "zod";

import "./messages";

import { userRoles, userStatuses } from "~/shared/statuses";

/**
 * The admin console's inputs. Every action on a person carries a reason, which lands in the
 * audit log (and, for a suspension, in what the person is told).
 */

const userId = z.string().trim().min(1, "Choose a person.").max(64);

export const AdminReason = z
  .string()
  .trim()
  .min(5, "Say why in a few words (at least 5 characters): it goes into the audit log.")
  .max(500);

/** A day as a date field sends it (`2026-12-03`), read as the whole UTC day. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), "Enter a real date.");

/** The boundary row of a page: its time (ms) and id. Keyset, so pages never skip or repeat. */
const timeIdCursor = z
  .string()
  .regex(/^\d{1,15}_[A-Za-z0-9-]{1,64}$/, { message: "This page link is not valid." });

export const PeopleFilter = z
  .object({
    q: z.string().trim().min(1).max(200),
    role: z.enum(userRoles, { error: "Choose client, freelancer or admin." }),
    status: z.enum(userStatuses, { error: "Choose active or suspended." }),
    from: day,
    to: day,
  })
  .partial();
export type PeopleFilter = z.infer<typeof PeopleFilter>;

export const PeopleInput = PeopleFilter.extend({
  cursor: timeIdCursor.nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const PersonInput = z.object({ userId });

export const SetUserRoleInput = z.object({
  userId,
  role: z.enum(userRoles, { error: "Choose client, freelancer or admin." }),
  reason: AdminReason,
});

export const SetUserStatusInput = z.object({
  userId,
  status: z.enum(userStatuses, { error: "Choose active or suspended." }),
  reason: AdminReason,
});

/** An action on a person that needs nothing but who and why. */
export const PersonActionInput = z.object({ userId, reason: AdminReason });

/** One session (its public id, as the person page lists it), or every session when absent. */
export const RevokePersonSessionsInput = PersonActionInput.extend({
  sessionId: z.string().trim().min(1).max(100).optional(),
});

/** One of a person's API tokens, revoked by an admin (a leaked token, an abusive script). */
export const RevokePersonApiTokenInput = PersonActionInput.extend({
  tokenId: z.string().trim().min(1).max(64),
});

export const AuditFilter = z
  .object({
    /** Who acted: an account's email address or id. */
    actor: z.string().trim().min(1).max(254),
    targetType: z
      .string()
      .trim()
      .regex(/^[a-z_]{1,40}$/, "A subject type is a word such as user or job."),
    targetId: z.string().trim().min(1).max(100),
    action: z
      .string()
      .trim()
      .regex(/^[a-z_.]{1,80}$/, "An action is written like user.status_changed."),
    from: day,
    to: day,
  })
  .partial();
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AuditEventsInput = AuditFilter.extend({
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});

/**
 * A list's filters from a query string's values (`?role=admin&q=ana`): what is understood is
 * kept, a value given twice or not understood is left out and named in `refused` with the
 * schema's sentence. Read by the pages and by the CSV export alike.
 */
export function readFilter<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  values: Record<string, string | string[] | undefined>,
) {
  const filter: Record<string, string> = {};
  const refused: { key: string; message: string }[] = [];
  for (const key of Object.keys(schema.shape)) {
    const raw = values[key];
    if (raw === undefined || raw === "") continue;
    if (Array.isArray(raw)) {
      refused.push({ key, message: `Give "${key}" once.` });
      continue;
    }
    const parsed = (schema.shape[key] as z.ZodType).safeParse(raw);
    if (parsed.success) filter[key] = parsed.data as string;
    else refused.push({ key, message: parsed.error.issues[0]?.message ?? "Not understood." });
  }
  return { filter: filter as Partial<z.infer<z.ZodObject<Shape>>>, refused };
}
