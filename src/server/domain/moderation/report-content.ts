import "server-only";

import { and, asc, eq, gt } from "drizzle-orm";
import type { z } from "zod";

import { contentReports } from "~/server/db/schema/trust";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError, RateLimitedError } from "~/server/domain/errors";
import type { ReportContentInput } from "~/shared/schemas/moderation";
import type { ReportSubject } from "~/shared/trust";
import { loadSubject } from "./reported-subject";

/** Reports one person may send: counted from their reports, so every instance agrees. */
export const REPORT_LIMIT = { count: 10, windowMs: 3_600_000 };

const what: Record<ReportSubject, string> = {
  project: "project",
  profile: "profile",
  review: "review",
  message: "message",
};

/**
 * A signed-in person reports something they can see (anything else is NOT_FOUND), never their
 * own, with a reason and a note. The text is kept as it is now, so an edit or a deletion hides
 * nothing from the moderators. One open report per person and subject; at most ten an hour.
 */
export async function reportContent({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ReportContentInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const subject = await loadSubject(tx.db, ctx.actor, input.subjectType, input.subjectId);
    if (subject.ownerId === ctx.actor.id)
      throw new ForbiddenError(`You cannot report your own ${what[input.subjectType]}.`);
    if (subject.deleted)
      throw new ConflictError("That message was deleted: there is nothing to report.");
    const now = nowOf(tx);
    const since = new Date(now.getTime() - REPORT_LIMIT.windowMs);
    const recent = await tx.db
      .select({ createdAt: contentReports.createdAt })
      .from(contentReports)
      .where(and(eq(contentReports.reporterId, ctx.actor.id), gt(contentReports.createdAt, since)))
      .orderBy(asc(contentReports.createdAt))
      .limit(REPORT_LIMIT.count);
    if (recent.length >= REPORT_LIMIT.count) {
      const retryAt = new Date(recent[0]!.createdAt.getTime() + REPORT_LIMIT.windowMs);
      throw new RateLimitedError(
        "You have sent many reports in the last hour. Thank you: please wait a while before sending another.",
        retryAt,
      );
    }
    const [report] = await tx.db
      .insert(contentReports)
      .values({
        subjectType: subject.type,
        subjectId: subject.id,
        subjectOwnerId: subject.ownerId,
        reporterId: ctx.actor.id,
        reason: input.reason,
        note: input.note || null,
        snapshot: subject.snapshot,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: contentReports.id });
    if (!report)
      throw new ConflictError(
        `You have already reported this ${what[input.subjectType]}; an admin will look at it.`,
      );
    return { id: report.id };
  });
}
