import "server-only";

import { and, count, desc, eq, gt, isNull, or } from "drizzle-orm";
import type { z } from "zod";

import { auditEvents, userSessions } from "~/server/db/schema/auth";
import { contracts } from "~/server/db/schema/contracts";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import { nowOf } from "~/server/domain/clock";
import type { DomainContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { publicSessionId } from "~/server/domain/identity/sessions";
import { personBalances } from "~/server/domain/money/ledger";
import type { PersonInput } from "~/shared/schemas/admin";
import { actingAdminId } from "./admin-access";

/** How many of each kind of row the person's page lists; the counts are of all of them. */
const RECENT = 5;
const EVENTS = 20;

/**
 * Everything an admin needs to judge a person: who they are, their work on Guild (counts and
 * the latest few), their money, their open sessions and what the audit log says about them.
 */
export async function getPerson({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof PersonInput>;
}) {
  const adminId = actingAdminId(ctx);
  const db = ctx.db;
  const [person] = await db.select().from(users).where(eq(users.id, input.userId)).limit(1);
  if (!person) throw new NotFoundError("No such person.");
  const now = nowOf(ctx);
  const theirContracts = or(
    eq(contracts.clientId, person.id),
    eq(contracts.freelancerId, person.id),
  );

  const [projectCount, recentProjects, proposalCount, recentProposals] = await Promise.all([
    db.$count(projects, eq(projects.clientId, person.id)),
    db
      .select({
        id: projects.id,
        title: projects.title,
        status: projects.status,
        createdAt: projects.createdAt,
      })
      .from(projects)
      .where(eq(projects.clientId, person.id))
      .orderBy(desc(projects.createdAt))
      .limit(RECENT),
    db.$count(proposals, eq(proposals.freelancerId, person.id)),
    db
      .select({
        id: proposals.id,
        projectId: proposals.projectId,
        projectTitle: projects.title,
        status: proposals.status,
        createdAt: proposals.createdAt,
      })
      .from(proposals)
      .innerJoin(projects, eq(projects.id, proposals.projectId))
      .where(eq(proposals.freelancerId, person.id))
      .orderBy(desc(proposals.createdAt))
      .limit(RECENT),
  ]);
  const [[contractCount], recentContracts, balances, sessions, events] = await Promise.all([
    db.select({ n: count() }).from(contracts).where(theirContracts),
    db
      .select({
        id: contracts.id,
        projectTitle: projects.title,
        status: contracts.status,
        kind: contracts.kind,
        amountMinor: contracts.amountMinor,
        currency: contracts.currency,
        clientId: contracts.clientId,
        startedAt: contracts.startedAt,
      })
      .from(contracts)
      .innerJoin(projects, eq(projects.id, contracts.projectId))
      .where(theirContracts)
      .orderBy(desc(contracts.startedAt))
      .limit(RECENT),
    personBalances(db, person.id),
    db
      .select({
        id: userSessions.id,
        createdAt: userSessions.createdAt,
        lastSeenAt: userSessions.lastSeenAt,
        ip: userSessions.ip,
        userAgent: userSessions.userAgent,
        secondFactorAt: userSessions.secondFactorAt,
      })
      .from(userSessions)
      .where(
        and(
          eq(userSessions.userId, person.id),
          isNull(userSessions.revokedAt),
          gt(userSessions.expiresAt, now),
        ),
      )
      .orderBy(desc(userSessions.lastSeenAt)),
    db
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        actorName: users.name,
        ip: auditEvents.ip,
        detail: auditEvents.detail,
        createdAt: auditEvents.createdAt,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(and(eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, person.id)))
      .orderBy(desc(auditEvents.id))
      .limit(EVENTS),
  ]);

  return {
    profile: {
      id: person.id,
      name: person.name,
      email: person.email,
      role: person.role,
      status: person.status,
      emailVerifiedAt: person.emailVerified,
      twoFactor: person.twoFactorEnabledAt !== null,
      passwordResetRequiredAt: person.passwordResetRequiredAt,
      profileHiddenAt: person.profileHiddenAt,
      createdAt: person.createdAt,
      /** The admin is looking at themselves: the page offers no actions. */
      isSelf: person.id === adminId,
    },
    projects: { count: projectCount, recent: recentProjects },
    proposals: { count: proposalCount, recent: recentProposals },
    contracts: {
      count: contractCount?.n ?? 0,
      recent: recentContracts.map(({ clientId, ...row }) => ({
        ...row,
        as: clientId === person.id ? ("client" as const) : ("freelancer" as const),
      })),
    },
    balances,
    sessions: sessions.map(({ id, secondFactorAt, ...row }) => ({
      ...row,
      id: publicSessionId(id),
      secondFactor: secondFactorAt !== null,
    })),
    events,
  };
}
