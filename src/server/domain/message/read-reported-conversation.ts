import "server-only";

import { and, asc, eq } from "drizzle-orm";

import { conversations, messages } from "~/server/db/schema/messages";
import { contentReports } from "~/server/db/schema/trust";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { loadMessages } from "./load-messages";

const NOT_FOUND = "We couldn't find an open report with that id.";

/**
 * An administrator (a 2FA-proven session: the procedure's tier) reads the conversation a
 * message was reported in, while the report is open: never a conversation nobody reported.
 * Every reading is recorded in the audit log with the report it was for.
 */
export async function readReportedConversation({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { reportId: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const [report] = await tx.db
      .select({ report: contentReports, conversationId: messages.conversationId })
      .from(contentReports)
      .innerJoin(messages, eq(messages.id, contentReports.subjectId))
      .where(
        and(
          eq(contentReports.id, input.reportId),
          eq(contentReports.subjectType, "message"),
          eq(contentReports.status, "open"),
        ),
      )
      .limit(1);
    if (!report) throw new NotFoundError(NOT_FOUND);
    const [conversation] = await tx.db
      .select({ conversation: conversations, projectTitle: projects.title })
      .from(conversations)
      .innerJoin(projects, eq(projects.id, conversations.projectId))
      .where(eq(conversations.id, report.conversationId));
    const ids = await tx.db
      .select({ id: messages.id })
      .from(messages)
      .where(eq(messages.conversationId, report.conversationId))
      .orderBy(asc(messages.seq));
    const thread = await loadMessages(
      tx.db,
      ctx.actor.id,
      ids.map((row) => row.id),
      { seesHidden: true },
    );
    const parties = await tx.db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(eq(users.id, conversation!.conversation.clientId))
      .union(
        tx.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(eq(users.id, conversation!.conversation.freelancerId)),
      );
    await recordAuditEvent(tx, {
      action: "conversation.read_by_admin",
      actorId: ctx.actor.id,
      detail: { conversationId: report.conversationId, reportId: report.report.id },
    });
    return {
      report: {
        id: report.report.id,
        reason: report.report.reason,
        note: report.report.note,
        snapshot: report.report.snapshot,
        messageId: report.report.subjectId,
        createdAt: report.report.createdAt,
      },
      conversation: {
        id: report.conversationId,
        projectTitle: conversation!.projectTitle,
        parties,
      },
      messages: thread.map(({ mine: _mine, editableUntil: _until, ...message }) => message),
    };
  });
}
