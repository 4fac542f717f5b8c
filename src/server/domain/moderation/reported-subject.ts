import "server-only";

import { and, eq, isNotNull, isNull } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { reviews } from "~/server/db/schema/contracts";
import { messages } from "~/server/db/schema/messages";
import { clientProfiles, freelancerProfiles } from "~/server/db/schema/profiles";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { Actor } from "~/server/domain/actor";
import { NotFoundError } from "~/server/domain/errors";
import { conversationAs } from "~/server/domain/message/conversation-access";
import { visibleMessages } from "./visible-content";
import type { ReportSubject } from "~/shared/trust";

/** A reported thing as moderation knows it: whose it is, its text, its page, its hidden state. */
export interface Subject {
  type: ReportSubject;
  id: string;
  ownerId: string | null;
  snapshot: string;
  /** Where the people told about it find it. */
  href: string;
  hiddenAt: Date | null;
  /** A message's, which an admin moderates by reading its conversation. */
  conversationId?: string;
  deleted?: boolean;
}

const notFound = (type: ReportSubject) =>
  new NotFoundError(
    {
      project: "We couldn't find that project.",
      profile: "We couldn't find that person's profile.",
      review: "We couldn't find that review.",
      message: "We couldn't find that message.",
    }[type],
  );

/**
 * The subject as `viewer` sees it, or NOT_FOUND: only what is public (a published project, a
 * person's public page, a review of an active person) or, for a message, what a member of its
 * conversation reads; nothing hidden (an admin already acted on it). `viewer` null is the
 * moderation side, which sees everything that exists.
 */
export async function loadSubject(
  db: DbOrTx,
  viewer: Actor | null,
  type: ReportSubject,
  id: string,
): Promise<Subject> {
  const seesAll = viewer === null;
  if (type === "project") {
    const [row] = await db
      .select()
      .from(projects)
      .where(
        and(
          eq(projects.id, id),
          seesAll ? undefined : isNotNull(projects.publishedAt),
          seesAll ? undefined : isNull(projects.hiddenAt),
        ),
      )
      .limit(1);
    if (!row) throw notFound(type);
    return {
      type,
      id,
      ownerId: row.clientId,
      snapshot: `${row.title}\n\n${row.description}`,
      href: `/projects/${id}`,
      hiddenAt: row.hiddenAt,
    };
  }
  if (type === "profile") {
    const [row] = await db
      .select({
        user: users,
        headline: freelancerProfiles.headline,
        bio: freelancerProfiles.bio,
        companyName: clientProfiles.companyName,
        about: clientProfiles.about,
      })
      .from(users)
      .leftJoin(freelancerProfiles, eq(freelancerProfiles.userId, users.id))
      .leftJoin(clientProfiles, eq(clientProfiles.userId, users.id))
      .where(
        and(
          eq(users.id, id),
          seesAll ? undefined : eq(users.status, "active"),
          seesAll ? undefined : isNull(users.profileHiddenAt),
        ),
      )
      .limit(1);
    const user = row?.user;
    // A public page: every client has one; a freelancer once their profile is saved.
    const hasPage =
      user && (user.role === "client" || (user.role === "freelancer" && row.headline !== null));
    if (!row || !user || !(hasPage || seesAll)) throw notFound(type);
    const text =
      user.role === "freelancer" ? [row.headline, row.bio] : [row.companyName, row.about];
    return {
      type,
      id,
      ownerId: id,
      snapshot: [user.name, ...text].filter(Boolean).join("\n\n"),
      href: user.role === "freelancer" ? `/freelancers/${id}` : `/clients/${id}`,
      hiddenAt: user.profileHiddenAt,
    };
  }
  if (type === "review") {
    const [row] = await db
      .select({ review: reviews, revieweeRole: users.role })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.revieweeId))
      .where(
        and(
          eq(reviews.id, id),
          seesAll ? undefined : eq(users.status, "active"),
          seesAll ? undefined : isNull(reviews.hiddenAt),
        ),
      )
      .limit(1);
    if (!row) throw notFound(type);
    const page = row.revieweeRole === "freelancer" ? "freelancers" : "clients";
    return {
      type,
      id,
      ownerId: row.review.reviewerId,
      snapshot: row.review.comment,
      href: `/${page}/${row.review.revieweeId}`,
      hiddenAt: row.review.hiddenAt,
    };
  }
  const [message] = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.id, id),
        // Its sender still sees a hidden message (and is told it is theirs to not report).
        seesAll ? undefined : visibleMessages(viewer),
        eq(messages.kind, "text"),
      ),
    )
    .limit(1);
  if (!message) throw notFound(type);
  if (!seesAll) {
    const person = viewer?.kind === "person" ? viewer.id : null;
    if (!person) throw notFound(type);
    await conversationAs(db, person, message.conversationId).catch(() => {
      throw notFound(type);
    });
  }
  return {
    type,
    id,
    ownerId: message.senderId,
    snapshot: message.body ?? "",
    href: `/messages/${message.conversationId}`,
    hiddenAt: message.hiddenAt,
    conversationId: message.conversationId,
    deleted: message.deletedAt !== null,
  };
}
