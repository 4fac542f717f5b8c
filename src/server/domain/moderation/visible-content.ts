import "server-only";

import { isNull, or, sql, type Column, type SQL } from "drizzle-orm";

import { messages } from "~/server/db/schema/messages";
import { notifications } from "~/server/db/schema/notifications";
import { reviews } from "~/server/db/schema/contracts";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import { isProvenAdmin } from "~/server/domain/access/policy";
import { personOf, type Actor } from "~/server/domain/actor";

/**
 * The hidden-content rule, one condition per kind: content an admin hid is gone for everyone
 * but its author and proven admins, who see it marked. Every read of projects, profiles,
 * reviews and messages adds its kind's condition, so a new read cannot forget the rule.
 */

const everything = sql`1 = 1`;

function visibleTo(actor: Actor | null, hiddenAt: Column, author: Column): SQL {
  if (isProvenAdmin(actor)) return everything;
  const person = personOf(actor);
  const shown = isNull(hiddenAt);
  return person ? (or(shown, sql`${author} = ${person.id}`) ?? shown) : shown;
}

/** Projects the actor may see: unhidden ones, their own, or all for a proven admin. */
export const visibleProjects = (actor: Actor | null) =>
  visibleTo(actor, projects.hiddenAt, projects.clientId);

/** People whose public profile the actor may see (joined as `users`). */
export const visibleProfiles = (actor: Actor | null) =>
  visibleTo(actor, users.profileHiddenAt, users.id);

/** Reviews the actor may see: unhidden ones, the ones they wrote, or all for an admin. */
export const visibleReviews = (actor: Actor | null) =>
  visibleTo(actor, reviews.hiddenAt, reviews.reviewerId);

/** Messages the actor may see in a thread they can read: unhidden ones, or their own. */
export const visibleMessages = (actor: Actor | null) =>
  visibleTo(actor, messages.hiddenAt, messages.senderId);

/**
 * Public lists and search never show hidden projects, not even to their author (who finds
 * them, marked, on their own pages): a list has no place for the mark.
 */
export const listedProjects = () => isNull(projects.hiddenAt);

/** Likewise for people: a hidden profile is in no list, no search and no picker. */
export const listedProfiles = () => isNull(users.profileHiddenAt);

/**
 * Notifications that quote nothing hidden from `userId`: no project of someone else's (a saved
 * search's match, an invitation, a proposal's answer: each links to the project's page), no
 * review written about them that an admin hid (its comment is the notice's body), and no
 * message an admin hid (the unread-messages notice quotes the latest). Read-time, so restored
 * content's notifications come back. Each is one indexed lookup per notification of its kind.
 */
export const notificationsVisibleTo = (userId: string) =>
  sql`not exists (select 1 from ${projects} p where ${notifications.href} like '/projects/%'
    and p.id = substr(${notifications.href}, 11) and p.hidden_at is not null
    and p.client_id <> ${userId})
  and not (${notifications.kind} = 'review.received' and exists (select 1 from ${reviews} r
    where r.id = substr(${notifications.eventKey}, 17) and r.hidden_at is not null
    and r.reviewer_id <> ${userId}))
  and not (${notifications.kind} = 'message.unread' and exists (select 1 from ${messages} m
    where m.conversation_id = substr(${notifications.href}, 11)
    and ${notifications.eventKey} = 'message.unread:' || m.conversation_id || ':' || m.seq
    and m.hidden_at is not null and m.sender_id <> ${userId}))`;

/** What is shown with hidden content to those who still see it. */
export function hiddenNote(row: { hiddenAt: Date | null; hiddenReason: string | null }) {
  return row.hiddenAt ? `Hidden by an admin: ${row.hiddenReason ?? "no reason given"}` : null;
}

/** Whether a row the actor reads is theirs to see when hidden. */
export function maySeeHidden(actor: Actor | null, authorId: string | null) {
  return isProvenAdmin(actor) || (authorId !== null && personOf(actor)?.id === authorId);
}
