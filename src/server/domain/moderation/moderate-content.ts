import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { reviews } from "~/server/db/schema/contracts";
import { messages } from "~/server/db/schema/messages";
import { projects } from "~/server/db/schema/projects";
import { contentReports } from "~/server/db/schema/trust";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { notify } from "~/server/domain/notification/notify";
import type { ModerateContentInput } from "~/shared/schemas/moderation";
import type { ReportSubject } from "~/shared/trust";
import { loadSubject, type Subject } from "./reported-subject";

const named: Record<ReportSubject, string> = {
  project: "project",
  profile: "profile",
  review: "review",
  message: "message",
};

/** Sets (or clears, with null) the hidden mark of a subject, on its own table. */
async function setHidden(
  tx: PersonContext,
  type: ReportSubject,
  id: string,
  mark: { at: Date; reason: string } | null,
) {
  const at = mark?.at ?? null;
  const reason = mark?.reason ?? null;
  if (type === "project")
    await tx.db
      .update(projects)
      .set({ hiddenAt: at, hiddenReason: reason })
      .where(eq(projects.id, id));
  else if (type === "review")
    await tx.db
      .update(reviews)
      .set({ hiddenAt: at, hiddenReason: reason })
      .where(eq(reviews.id, id));
  else if (type === "message")
    await tx.db
      .update(messages)
      .set({ hiddenAt: at, hiddenReason: reason })
      .where(eq(messages.id, id));
  else
    await tx.db
      .update(users)
      .set({ profileHiddenAt: at, profileHiddenReason: reason })
      .where(eq(users.id, id));
}

/**
 * A proven admin (the procedure's tier) hides a reported or found subject, restores a hidden
 * one, or dismisses its reports, always with a reason. The subject's open reports close
 * (actioned when hidden, dismissed otherwise), each reporter is told, the author is told of a
 * hide or a restore with the reason, and exactly one audit event records it.
 */
export async function moderateContent({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ModerateContentInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    // Reports outlive what they report: a removed subject's reports can still be dismissed.
    const subject = await loadSubject(tx.db, null, input.subjectType, input.subjectId).catch(
      (error: unknown) => {
        if (input.action !== "dismiss" || !(error instanceof NotFoundError)) throw error;
        const gone: Subject = {
          type: input.subjectType,
          id: input.subjectId,
          ownerId: null,
          snapshot: "",
          href: "/notifications",
          hiddenAt: null,
        };
        return gone;
      },
    );
    const now = nowOf(tx);
    const thing = named[subject.type];
    if (input.action === "hide" && subject.hiddenAt)
      throw new ConflictError(`This ${thing} is already hidden.`);
    if (input.action === "restore" && !subject.hiddenAt)
      throw new ConflictError(`This ${thing} is not hidden.`);
    const closed = await tx.db
      .update(contentReports)
      .set({
        status: input.action === "hide" ? "actioned" : "dismissed",
        handledBy: ctx.actor.id,
        handledAt: now,
      })
      .where(
        and(
          eq(contentReports.subjectType, subject.type),
          eq(contentReports.subjectId, subject.id),
          eq(contentReports.status, "open"),
        ),
      )
      .returning({ id: contentReports.id, reporterId: contentReports.reporterId });
    if (input.action === "dismiss" && closed.length === 0)
      throw new ConflictError(`This ${thing} has no open reports to dismiss.`);
    if (input.action !== "dismiss")
      await setHidden(
        tx,
        subject.type,
        subject.id,
        input.action === "hide" ? { at: now, reason: input.reason } : null,
      );

    for (const report of closed) {
      await notify(tx, {
        userId: report.reporterId,
        kind: "report.handled",
        eventKey: `report.handled:${report.id}`,
        title:
          input.action === "hide"
            ? `The ${thing} you reported was hidden by an admin.`
            : `An admin looked at the ${thing} you reported and left it up.`,
        body: input.reason,
        // The reporter no longer sees a hidden subject: their notifications are where they look.
        href: input.action === "hide" ? "/notifications" : subject.href,
      });
    }
    if (input.action !== "dismiss" && subject.ownerId) {
      await notify(tx, {
        userId: subject.ownerId,
        kind: "content.hidden",
        eventKey: `content.${input.action}:${subject.type}:${subject.id}:${now.getTime()}`,
        title:
          input.action === "hide"
            ? `An admin hid your ${thing}.`
            : `An admin restored your ${thing}: everyone sees it again.`,
        body: input.reason,
        href: subject.href,
      });
    }
    await recordAuditEvent(tx, {
      action:
        input.action === "hide"
          ? "content.hidden"
          : input.action === "restore"
            ? "content.restored"
            : "content.reports_dismissed",
      actorId: ctx.actor.id,
      targetUserId: subject.type === "profile" ? subject.id : undefined,
      target: subject.type === "profile" ? undefined : { type: subject.type, id: subject.id },
      detail: { reason: input.reason, reports: closed.map((report) => report.id) },
    });
    return { closedReports: closed.length, hidden: input.action === "hide" };
  });
}
