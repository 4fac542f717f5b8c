import "server-only";

import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { z } from "zod";

import { auditEvents } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import type { AuditEventsInput } from "~/shared/schemas/admin";
import { actingAdminId } from "./admin-access";
import { dayBounds } from "./search-people";

const actors = alias(users, "actors");
const subjects = alias(users, "subjects");

/**
 * The audit log, newest first, filtered by who acted (an email address or an account id), the
 * subject (its type and id), the action and the days it happened in; a page at a time below
 * `cursor`, the last event's id (ids only grow, so a page never skips or repeats an event).
 */
export async function listAuditEvents({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof AuditEventsInput>;
}) {
  actingAdminId(ctx);
  const where: (SQL | undefined)[] = [];
  if (input.actor) {
    const actorId = input.actor.includes("@")
      ? (
          await ctx.db
            .select({ id: users.id })
            .from(users)
            .where(eq(users.email, input.actor.toLowerCase()))
            .limit(1)
        )[0]?.id
      : input.actor;
    if (!actorId) return { items: [], nextCursor: null };
    where.push(eq(auditEvents.actorId, actorId));
  }
  if (input.targetType) where.push(eq(auditEvents.targetType, input.targetType));
  if (input.targetId) where.push(eq(auditEvents.targetId, input.targetId));
  if (input.action) where.push(eq(auditEvents.action, input.action));
  if (input.from) where.push(gte(auditEvents.createdAt, dayBounds(input.from).start));
  if (input.to) where.push(lt(auditEvents.createdAt, dayBounds(input.to).end));
  if (input.cursor) where.push(lt(auditEvents.id, input.cursor));
  const rows = await ctx.db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      actorName: actors.name,
      actorEmail: actors.email,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      subjectName: subjects.name,
      ip: auditEvents.ip,
      requestId: auditEvents.requestId,
      detail: auditEvents.detail,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .leftJoin(actors, eq(actors.id, auditEvents.actorId))
    .leftJoin(
      subjects,
      and(eq(auditEvents.targetType, "user"), eq(subjects.id, auditEvents.targetId)),
    )
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return {
    items,
    nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null,
  };
}
