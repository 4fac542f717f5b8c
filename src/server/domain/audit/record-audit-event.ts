import "server-only";

import { auditEvents } from "~/server/db/schema/auth";
import type { DomainContext } from "~/server/domain/context";

/** Every security-relevant action Guild records. */
export type AuditAction =
  | "user.signed_up"
  | "user.password_reset_required"
  | "user.email_verified_by_admin"
  | "user.sessions_revoked_by_admin"
  | "sign_in.succeeded"
  | "sign_in.failed"
  | "sign_in.locked"
  | "sign_in.second_factor_failed"
  | "sign_out"
  | "session.revoked"
  | "session.revoked_others"
  | "password.changed"
  | "password.reset_requested"
  | "password.reset"
  | "email.verification_sent"
  | "email.verified"
  | "email.change_requested"
  | "email.change_resent"
  | "email.change_cancelled"
  | "email.changed"
  | "two_factor.enabled"
  | "two_factor.disabled"
  | "two_factor.recovery_code_used"
  | "two_factor.recovery_codes_regenerated"
  | "user.role_changed"
  | "user.status_changed"
  | "conversation.read_by_admin"
  | "dispute.under_review"
  | "dispute.resolved"
  | "content.hidden"
  | "content.restored"
  | "content.reports_dismissed"
  | "job.retried"
  | "job.discarded"
  | "job.paused"
  | "job.resumed"
  | "api_token.created"
  | "api_token.used"
  | "api_token.revoked"
  | "api_token.revoked_by_admin"
  | "data_export.requested"
  | "account.deleted"
  | "webhook.created"
  | "webhook.updated"
  | "webhook.secret_rotated"
  | "webhook.deleted";

export interface AuditEntry {
  action: AuditAction;
  actorId: string | null;
  targetUserId?: string | null;
  /** What else it concerns, when not a person (a job, a paused job name). */
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
}

/** Appends one event with the request's IP, user agent and id. The table refuses edits. */
export async function recordAuditEvent(
  ctx: Pick<DomainContext, "db" | "request">,
  entry: AuditEntry,
) {
  await ctx.db.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetUserId ? "user" : (entry.target?.type ?? null),
    targetId: entry.targetUserId ?? entry.target?.id ?? null,
    ip: ctx.request?.ip ?? null,
    userAgent: ctx.request?.userAgent ?? null,
    requestId: ctx.request?.requestId ?? null,
    detail: entry.detail ?? null,
  });
}
