import "server-only";

import { and, asc, count, desc, eq, inArray, max, or, sql } from "drizzle-orm";
import type { z } from "zod";

import { contentReports } from "~/server/db/schema/trust";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import type { ModerationQueueInput } from "~/shared/schemas/moderation";
import { loadSubject, type Subject } from "./reported-subject";

/**
 * The moderation queue (a proven admin: the procedure's tier): every subject with open
 * reports, the most recently reported first, with its count, its reasons, what it said when
 * reported and each reporter's note. Keyset-paged on (latest report, subject id).
 */
export async function moderationQueue({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ModerationQueueInput>;
}) {
  const latest = max(contentReports.createdAt);
  const [at, afterId] = input.cursor ? input.cursor.split(":") : [];
  const boundary = input.cursor
    ? or(
        sql`${latest} < ${Number(at)}`,
        and(sql`${latest} = ${Number(at)}`, sql`${contentReports.subjectId} < ${afterId}`),
      )
    : undefined;
  const groups = await ctx.db
    .select({
      subjectType: contentReports.subjectType,
      subjectId: contentReports.subjectId,
      reports: count(),
      latest: sql<number>`${latest}`,
    })
    .from(contentReports)
    .where(
      and(
        eq(contentReports.status, "open"),
        input.subjectType ? eq(contentReports.subjectType, input.subjectType) : undefined,
      ),
    )
    .groupBy(contentReports.subjectType, contentReports.subjectId)
    .having(boundary)
    .orderBy(desc(latest), desc(contentReports.subjectId))
    .limit(input.limit + 1);
  const page = groups.slice(0, input.limit);
  const reports = page.length
    ? await ctx.db
        .select({
          id: contentReports.id,
          subjectId: contentReports.subjectId,
          reason: contentReports.reason,
          note: contentReports.note,
          snapshot: contentReports.snapshot,
          createdAt: contentReports.createdAt,
          reporterName: users.name,
        })
        .from(contentReports)
        .innerJoin(users, eq(users.id, contentReports.reporterId))
        .where(
          and(
            eq(contentReports.status, "open"),
            inArray(
              contentReports.subjectId,
              page.map((group) => group.subjectId),
            ),
          ),
        )
        .orderBy(asc(contentReports.createdAt))
    : [];
  const subjects = await Promise.all(
    page.map((group) =>
      loadSubject(ctx.db, null, group.subjectType, group.subjectId).catch((error: unknown) => {
        // Reports outlive what they report: a removed subject is still in the queue to dismiss.
        if (error instanceof NotFoundError) return null;
        throw error;
      }),
    ),
  );
  const last = page.at(-1);
  return {
    items: page.map((group, index) => {
      const own = reports.filter((report) => report.subjectId === group.subjectId);
      const subject: Subject | null = subjects[index] ?? null;
      return {
        subjectType: group.subjectType,
        subjectId: group.subjectId,
        reportCount: group.reports,
        latestAt: new Date(group.latest),
        reasons: [...new Set(own.map((report) => report.reason))],
        /** The newest snapshot: what the subject said when it was last reported. */
        snapshot: own.at(-1)?.snapshot ?? null,
        href: subject?.href ?? null,
        hiddenAt: subject?.hiddenAt ?? null,
        exists: subject !== null,
        /** For a message: an open report to read its conversation through. */
        messageReportId: group.subjectType === "message" ? (own[0]?.id ?? null) : null,
        reports: own.map(({ subjectId: _subject, snapshot: _snapshot, ...report }) => report),
      };
    }),
    nextCursor: groups.length > input.limit && last ? `${last.latest}:${last.subjectId}` : null,
  };
}
