import "server-only";

import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { z } from "zod";

import { apiTokenHash, looksLikeApiToken, mintApiToken } from "~/server/crypto/api-token";
import type { DbOrTx } from "~/server/db/client";
import { apiTokens } from "~/server/db/schema/api-tokens";
import { users } from "~/server/db/schema/users";
import type { PersonActor } from "~/server/domain/actor";
import { actingAdminId, loadTargetPerson } from "~/server/domain/admin/admin-access";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import type { RequestMeta } from "~/server/observability/request-meta";
import type { RevokePersonApiTokenInput } from "~/shared/schemas/admin";
import type { CreateApiTokenInput } from "~/shared/schemas/api-token";

const DAY = 24 * 60 * 60 * 1000;
/** `last_used_at` (and the audit's "token used" line) is written at most this often per token. */
export const LAST_USED_RESOLUTION_MS = 60 * 1000;
/** Nobody needs more live tokens than this; a script minting them in a loop is stopped here. */
export const MAX_LIVE_TOKENS = 50;

/** What lists show of a token: never its hash. */
const listed = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  scopes: apiTokens.scopes,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  lastUsedIp: apiTokens.lastUsedIp,
  revokedAt: apiTokens.revokedAt,
};

const live = (now: Date) => and(isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now));

/** Creates a token for the actor and answers it once: it is never readable again. */
export async function createApiToken({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof CreateApiTokenInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const now = nowOf(tx);
    const existing = await tx.db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, ctx.actor.id), live(now)))
      .limit(MAX_LIVE_TOKENS);
    if (existing.length >= MAX_LIVE_TOKENS)
      throw new ConflictError(
        `You have ${MAX_LIVE_TOKENS} live tokens: revoke one you no longer use first.`,
      );
    const { token, prefix } = mintApiToken();
    const [created] = await tx.db
      .insert(apiTokens)
      .values({
        userId: ctx.actor.id,
        name: input.name,
        prefix,
        tokenHash: apiTokenHash(token),
        scopes: input.scopes,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY),
      })
      .returning(listed);
    await recordAuditEvent(tx, {
      action: "api_token.created",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: {
        tokenId: created!.id,
        name: input.name,
        scopes: input.scopes,
        expiresInDays: input.expiresInDays,
      },
    });
    return { ...created!, token };
  });
}

function tokensOf(db: DbOrTx, userId: string) {
  return db
    .select(listed)
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(200);
}

/** The actor's tokens, newest first, with whether each still works. */
export async function listMyApiTokens({ ctx }: { ctx: PersonContext }) {
  const now = nowOf(ctx);
  const rows = await tokensOf(ctx.db, ctx.actor.id);
  return rows.map((row) => ({ ...row, state: tokenState(row, now) }));
}

function tokenState(row: { revokedAt: Date | null; expiresAt: Date }, now: Date) {
  if (row.revokedAt) return "revoked" as const;
  return row.expiresAt <= now ? ("expired" as const) : ("active" as const);
}

/** Revokes one of the actor's own tokens; its next request is refused. */
export async function revokeMyApiToken({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { tokenId: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const now = nowOf(tx);
    const [revoked] = await tx.db
      .update(apiTokens)
      .set({ revokedAt: now, revokedBy: ctx.actor.id })
      .where(
        and(
          eq(apiTokens.id, input.tokenId),
          eq(apiTokens.userId, ctx.actor.id),
          isNull(apiTokens.revokedAt),
        ),
      )
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!revoked) throw new NotFoundError("That token does not exist or is already revoked.");
    await recordAuditEvent(tx, {
      action: "api_token.revoked",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { tokenId: revoked.id, name: revoked.name },
    });
    return { id: revoked.id };
  });
}

/** A person's tokens, for the admin console's person page. */
export async function listPersonApiTokens({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: { userId: string };
}) {
  const adminId = actingAdminId(ctx);
  const person = await loadTargetPerson(ctx.db, adminId, input.userId);
  const now = nowOf(ctx);
  const rows = await tokensOf(ctx.db, person.id);
  return rows.map((row) => ({ ...row, state: tokenState(row, now) }));
}

/** An admin revokes anyone's token (leaked, or used for abuse), with a reason for the audit. */
export async function revokePersonApiToken({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof RevokePersonApiTokenInput>;
}) {
  const adminId = actingAdminId(ctx);
  return withTransaction(ctx, async (tx) => {
    const person = await loadTargetPerson(tx.db, adminId, input.userId);
    const [revoked] = await tx.db
      .update(apiTokens)
      .set({ revokedAt: nowOf(tx), revokedBy: adminId ?? "system" })
      .where(
        and(
          eq(apiTokens.id, input.tokenId),
          eq(apiTokens.userId, person.id),
          isNull(apiTokens.revokedAt),
        ),
      )
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!revoked) throw new NotFoundError("That token does not exist or is already revoked.");
    await recordAuditEvent(tx, {
      action: "api_token.revoked_by_admin",
      actorId: adminId,
      targetUserId: person.id,
      detail: { reason: input.reason, tokenId: revoked.id, name: revoked.name },
    });
    return { id: revoked.id };
  });
}

/**
 * Revokes every live token of a person, beside their sessions, wherever an account may have
 * been taken over or changed under its scripts: a new password (changed or reset), an admin
 * signing them out everywhere, suspending them, asking for a new password or changing their
 * role. A token minted with a stolen session does not outlive the recovery.
 */
export async function revokeUserApiTokens(db: DbOrTx, userId: string, by: string, now: Date) {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: now, revokedBy: by })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}

/** Why a bearer token was refused, in words its user can act on. */
export type TokenRefusal = "malformed" | "unknown" | "expired" | "revoked";

/**
 * The person a bearer token acts for, checked on every request: a revoked or expired token
 * is refused on its very next one. Use is written down at most once a minute per token
 * (its `last_used_at`, and an audit line with the address it came from).
 */
export async function personFromApiToken(
  db: DbOrTx,
  token: string,
  request: RequestMeta,
  now = new Date(),
): Promise<PersonActor | TokenRefusal> {
  if (!looksLikeApiToken(token)) return "malformed";
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      emailVerified: users.emailVerified,
      twoFactorEnabledAt: users.twoFactorEnabledAt,
      passwordResetRequiredAt: users.passwordResetRequiredAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, apiTokenHash(token)))
    .limit(1);
  if (!row) return "unknown";
  // An account waiting for a new password (an admin suspects a takeover) acts through nothing.
  if (row.revokedAt || row.passwordResetRequiredAt) return "revoked";
  if (row.expiresAt <= now) return "expired";

  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    // Of two requests in the same minute only one wins the update, so only one audit line.
    const [bumped] = await db
      .update(apiTokens)
      .set({ lastUsedAt: now, lastUsedIp: request.ip ?? null })
      .where(
        and(
          eq(apiTokens.id, row.tokenId),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale)),
        ),
      )
      .returning({ id: apiTokens.id });
    if (bumped)
      await recordAuditEvent(
        { db, request },
        {
          action: "api_token.used",
          actorId: row.id,
          targetUserId: row.id,
          detail: { tokenId: row.tokenId },
        },
      );
  }

  return {
    kind: "person",
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    status: row.status,
    emailVerified: row.emailVerified !== null,
    twoFactorEnabled: row.twoFactorEnabledAt !== null,
    sessionId: null,
    // A token never proves a second factor: admin tools stay out of its reach.
    secondFactorVerified: false,
    apiToken: { id: row.tokenId, scopes: row.scopes },
  };
}
