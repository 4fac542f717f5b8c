import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import {
  clientProfiles,
  freelancerProfiles,
  freelancerSkills,
  portfolioItems,
} from "~/server/db/schema/profiles";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { assertSkillsExist } from "~/server/domain/skill/assert-skills-exist";
import type { SaveClientProfileInput, SaveFreelancerProfileInput } from "~/shared/schemas/profile";
import { attachFiles } from "~/server/domain/file/attach-files";
import { removeFiles } from "~/server/domain/file/remove-files";

/**
 * Creates or replaces the acting freelancer's profile, skills and portfolio in one
 * transaction: a failure leaves the previous profile as it was.
 */
export async function saveFreelancerProfile({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SaveFreelancerProfileInput>;
}) {
  const userId = ctx.actor.id;
  const { skillIds, portfolio, ...fields } = input;
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    await assertSkillsExist(db, skillIds);
    await db
      .insert(freelancerProfiles)
      .values({ userId, ...fields })
      .onConflictDoUpdate({
        target: freelancerProfiles.userId,
        set: { ...fields, updatedAt: new Date() },
      });
    await db.delete(freelancerSkills).where(eq(freelancerSkills.userId, userId));
    await db.insert(freelancerSkills).values(skillIds.map((skillId) => ({ userId, skillId })));
    // Pictures: a kept item keeps its picture; a new one must be the freelancer's own fresh
    // portfolio upload; one no item shows any more is removed with its bytes.
    const before = await db
      .select({ imageFileId: portfolioItems.imageFileId })
      .from(portfolioItems)
      .where(eq(portfolioItems.userId, userId));
    const had = new Set(before.flatMap((row) => (row.imageFileId ? [row.imageFileId] : [])));
    const wanted = portfolio.flatMap((item) => (item.imageFileId ? [item.imageFileId] : []));
    await attachFiles(tx, {
      fileIds: wanted.filter((fileId) => !had.has(fileId)),
      uploaderId: userId,
      purpose: "portfolio",
    });
    await db.delete(portfolioItems).where(eq(portfolioItems.userId, userId));
    if (portfolio.length) {
      await db.insert(portfolioItems).values(
        portfolio.map((item, position) => ({
          userId,
          position,
          ...item,
          imageFileId: item.imageFileId ?? null,
        })),
      );
    }
    await removeFiles(
      tx,
      [...had].filter((fileId) => !wanted.includes(fileId)),
    );
    return { id: userId };
  });
}

/** Creates or replaces the acting client's profile. */
export async function saveClientProfile({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SaveClientProfileInput>;
}) {
  const userId = ctx.actor.id;
  await ctx.db
    .insert(clientProfiles)
    .values({ userId, ...input })
    .onConflictDoUpdate({
      target: clientProfiles.userId,
      set: { ...input, updatedAt: new Date() },
    });
  return { id: userId };
}

/** The acting freelancer's profile as the edit form needs it, or null before the first save. */
export async function myFreelancerProfile({ ctx }: { ctx: PersonContext }) {
  const userId = ctx.actor.id;
  const [profile] = await ctx.db
    .select()
    .from(freelancerProfiles)
    .where(eq(freelancerProfiles.userId, userId))
    .limit(1);
  if (!profile) return null;
  const [skills, portfolio] = await Promise.all([
    ctx.db
      .select({ skillId: freelancerSkills.skillId })
      .from(freelancerSkills)
      .where(eq(freelancerSkills.userId, userId)),
    ctx.db
      .select({
        title: portfolioItems.title,
        description: portfolioItems.description,
        url: portfolioItems.url,
        imageFileId: portfolioItems.imageFileId,
      })
      .from(portfolioItems)
      .where(eq(portfolioItems.userId, userId))
      .orderBy(portfolioItems.position),
  ]);
  return { ...profile, skillIds: skills.map((s) => s.skillId), portfolio };
}

/** The acting client's profile as the edit form needs it, or null before the first save. */
export async function myClientProfile({ ctx }: { ctx: PersonContext }) {
  const [profile] = await ctx.db
    .select()
    .from(clientProfiles)
    .where(eq(clientProfiles.userId, ctx.actor.id))
    .limit(1);
  return profile ?? null;
}
