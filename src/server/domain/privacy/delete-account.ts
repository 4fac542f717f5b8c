import "server-only";

import { and, eq, inArray, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import type { z } from "zod";

import { apiTokens } from "~/server/db/schema/api-tokens";
import {
  accounts,
  emailTokens,
  recoveryCodes,
  signInChallenges,
  userSessions,
} from "~/server/db/schema/auth";
import { files } from "~/server/db/schema/files";
import { idempotencyKeys } from "~/server/db/schema/idempotency";
import { messages, userBlocks } from "~/server/db/schema/messages";
import { paymentMethods } from "~/server/db/schema/money";
import {
  notificationPreferences,
  notifications,
  streamEvents,
} from "~/server/db/schema/notifications";
import { dataExports } from "~/server/db/schema/privacy";
import {
  clientProfiles,
  freelancerProfiles,
  freelancerSkills,
  portfolioItems,
} from "~/server/db/schema/profiles";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { savedFreelancers, savedProjects } from "~/server/db/schema/saved";
import { savedSearches } from "~/server/db/schema/saved-searches";
import { disputeFiles } from "~/server/db/schema/trust";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { afterCommit, type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { removeFiles } from "~/server/domain/file/remove-files";
import { checkPassword, checkSecondFactor } from "~/server/domain/identity/password-check";
import { loadOwnAccount } from "~/server/domain/identity/own-account";
import { logger } from "~/server/observability/logger";
import { getStorage } from "~/server/storage/get-storage";
import type { DeleteAccountInput } from "~/shared/schemas/privacy";
import { scheduleCompaction } from "./compact-database";
import { deletionBlockers } from "./deletion-blockers";
import { DELETED_NAME, deletedEmail, eraseCopies } from "./erase-traces";

/**
 * Deletes the actor's account after they proved it is them (password, and a code with 2FA).
 * Refused, with every reason, while money or a dispute still needs them. In one transaction
 * (with SQLite's secure_delete on, so what it frees holds zeros) it anonymises
 * the account row, deletes what is only theirs, blanks the text of messages they sent, and
 * replaces their name and address where others' rows copied them. Contracts, ledger entries,
 * invoices, reviews and resolved disputes stay, naming "Deleted account". File bytes go after
 * the commit, and a rebuild of the database file within the hour (`compact-database.ts`) wipes
 * older copies left in free space. Every session ends with it: the next request is signed out.
 */
export async function deleteAccount({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof DeleteAccountInput>;
}) {
  const user = await loadOwnAccount(ctx);
  if (user.deletedAt) throw new ConflictError("This account has already been deleted.");
  const now = nowOf(ctx);
  await checkPassword(ctx, user, input.password, "password", now);
  if (user.twoFactorEnabledAt) {
    const wrong = "Enter a current code from your authenticator app, or a recovery code.";
    if (!input.code) throw new InvalidError(wrong, { code: [wrong] });
    await checkSecondFactor(ctx, user, input.code, wrong, now);
  }
  const blockers = await deletionBlockers(ctx.db, user);
  if (blockers.length > 0)
    throw new ConflictError(
      `Your account can't be deleted yet. ${blockers.map((b) => b.message).join(" ")}`,
    );

  const db = ctx.db;
  await db.run(sql`pragma secure_delete = on`);
  try {
    await withTransaction(ctx, async (tx) => {
      // The connection a transaction runs on may not be the one a statement before it used.
      await tx.db.run(sql`pragma secure_delete = on`);
      const replacement = { name: DELETED_NAME, email: deletedEmail(user.id) };
      await tx.db
        .update(users)
        .set({
          ...replacement,
          emailVerified: null,
          image: null,
          passwordHash: null,
          twoFactorSecret: null,
          twoFactorPendingSecret: null,
          twoFactorEnabledAt: null,
          twoFactorLastStep: null,
          profileHiddenAt: null,
          profileHiddenReason: null,
          passwordResetRequiredAt: null,
          timeZone: "UTC",
          deletedAt: now,
        })
        .where(eq(users.id, user.id));

      // What was only theirs.
      const items = await tx.db
        .select({ id: portfolioItems.id })
        .from(portfolioItems)
        .where(eq(portfolioItems.userId, user.id));
      await tx.db.delete(portfolioItems).where(eq(portfolioItems.userId, user.id));
      await tx.db.delete(freelancerSkills).where(eq(freelancerSkills.userId, user.id));
      await tx.db.delete(freelancerProfiles).where(eq(freelancerProfiles.userId, user.id));
      await tx.db.delete(clientProfiles).where(eq(clientProfiles.userId, user.id));
      for (const table of [userSessions, accounts, emailTokens, signInChallenges, recoveryCodes])
        await tx.db.delete(table).where(eq(table.userId, user.id));
      await tx.db.delete(apiTokens).where(eq(apiTokens.userId, user.id));
      await tx.db.delete(idempotencyKeys).where(eq(idempotencyKeys.scope, user.id));
      await tx.db.delete(savedSearches).where(eq(savedSearches.userId, user.id));
      await tx.db.delete(savedProjects).where(eq(savedProjects.userId, user.id));
      await tx.db.delete(savedFreelancers).where(eq(savedFreelancers.userId, user.id));
      await tx.db.delete(notifications).where(eq(notifications.userId, user.id));
      await tx.db
        .delete(notificationPreferences)
        .where(eq(notificationPreferences.userId, user.id));
      await tx.db.delete(streamEvents).where(eq(streamEvents.userId, user.id));
      await tx.db.delete(paymentMethods).where(eq(paymentMethods.userId, user.id));
      await tx.db
        .delete(userBlocks)
        .where(or(eq(userBlocks.blockerId, user.id), eq(userBlocks.blockedId, user.id)));
      // Webhooks arrived in another change: their endpoints go too when the table exists.
      await tx.db
        .run(sql`delete from webhook_endpoints where user_id = ${user.id}`)
        .catch((error: unknown) => {
          if (!String(error).includes("no such table")) throw error;
        });
      const archives = await tx.db
        .delete(dataExports)
        .where(eq(dataExports.userId, user.id))
        .returning({ key: dataExports.storageKey });

      // Their files, but not the work delivered on a contract or evidence in a dispute: those
      // are the other party's record too.
      const owned = await tx.db
        .select({ id: files.id })
        .from(files)
        .where(
          and(
            eq(files.uploaderId, user.id),
            ne(files.purpose, "deliverable"),
            notInArray(files.id, tx.db.select({ id: disputeFiles.fileId }).from(disputeFiles)),
          ),
        );
      await removeFiles(
        tx,
        owned.map((file) => file.id),
      );

      // Threads stay whole: their messages remain as removed, with no text.
      await tx.db
        .update(messages)
        .set({ body: null, deletedAt: now })
        .where(and(eq(messages.senderId, user.id), isNull(messages.deletedAt)));
      await tx.db.update(messages).set({ body: null }).where(eq(messages.senderId, user.id));

      // Work in progress nobody else is bound by ends.
      await tx.db
        .update(proposals)
        .set({ status: "withdrawn" })
        .where(
          and(
            eq(proposals.freelancerId, user.id),
            inArray(proposals.status, ["submitted", "shortlisted"]),
          ),
        );
      await tx.db
        .update(projects)
        .set({ status: "cancelled" })
        .where(and(eq(projects.clientId, user.id), inArray(projects.status, ["draft", "open"])));

      // The audit keeps what happened, not who they were.
      await tx.db.run(
        sql`update data_changes set changes = null
            where (subject_type in ('freelancer_profiles', 'client_profiles') and subject_id = ${user.id})
               or (subject_type = 'freelancer_skills' and subject_id like ${`${user.id}:%`})
               or (subject_type = 'portfolio_items' and subject_id in (select value from json_each(${JSON.stringify(items.map((item) => item.id))})))`,
      );
      await tx.db.run(
        sql`update audit_events set detail = null, ip = null, user_agent = null, redacted_at = ${now.getTime()}
            where redacted_at is null and (actor_id = ${user.id} or (target_type = 'user' and target_id = ${user.id}))`,
      );
      await eraseCopies(tx.db, { name: user.name, email: user.email }, replacement);
      // The search index's merged segments are rewritten without the deleted profile.
      await tx.db.run(sql`insert into freelancers_fts(freelancers_fts) values ('optimize')`);

      await scheduleCompaction(tx, now);
      await recordAuditEvent(tx, {
        action: "account.deleted",
        actorId: user.id,
        targetUserId: user.id,
      });

      const keys = archives.flatMap((row) => (row.key ? [row.key] : []));
      afterCommit(tx, () => {
        const storage = getStorage();
        void Promise.all(keys.map((key) => storage.delete(key))).catch((error: unknown) =>
          logger.warn(
            { err: error, userId: user.id },
            "could not remove a deleted account's exports",
          ),
        );
      });
    });
  } finally {
    await db.run(sql`pragma secure_delete = off`);
  }
  // Old page images wait in the write-ahead log until a checkpoint: take one now if nobody
  // is reading (a busy log is checkpointed later by SQLite itself).
  await db.run(sql`pragma wal_checkpoint(passive)`).catch(() => undefined);
  return { deleted: true as const };
}
