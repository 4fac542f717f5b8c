import "server-only";

import { and, asc, desc, eq } from "drizzle-orm";

import { clientProfiles, freelancerProfiles, portfolioItems } from "~/server/db/schema/profiles";
import { projects } from "~/server/db/schema/projects";
import { contracts } from "~/server/db/schema/contracts";
import { users } from "~/server/db/schema/users";
import { reviewsForUser } from "~/server/domain/contract/reviews-for-user";
import type { DomainContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import {
  hiddenNote,
  listedProjects,
  visibleProfiles,
} from "~/server/domain/moderation/visible-content";
import { skillsByFreelancer } from "./freelancer-skills";

/**
 * A freelancer's public page: the profile, portfolio, rating summary, completed contracts
 * and reviews. Suspended accounts and freelancers without a profile are not found.
 */
export async function getFreelancerProfile({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: { id: string };
}) {
  const [row] = await ctx.db
    .select({
      name: users.name,
      memberSince: users.createdAt,
      hiddenAt: users.profileHiddenAt,
      hiddenReason: users.profileHiddenReason,
      profile: freelancerProfiles,
    })
    .from(freelancerProfiles)
    .innerJoin(users, eq(users.id, freelancerProfiles.userId))
    .where(
      and(
        eq(freelancerProfiles.userId, input.id),
        eq(users.role, "freelancer"),
        eq(users.status, "active"),
        visibleProfiles(ctx.actor),
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that freelancer.");
  const [skillMap, portfolio, reviews] = await Promise.all([
    skillsByFreelancer(ctx.db, [input.id]),
    ctx.db
      .select()
      .from(portfolioItems)
      .where(eq(portfolioItems.userId, input.id))
      .orderBy(asc(portfolioItems.position)),
    reviewsForUser({ ctx, input: { userId: input.id } }),
  ]);
  return {
    id: input.id,
    name: row.name,
    memberSince: row.memberSince,
    hiddenNote: hiddenNote(row),
    headline: row.profile.headline,
    bio: row.profile.bio,
    hourlyRateMinor: row.profile.hourlyRateMinor,
    currency: row.profile.currency,
    availability: row.profile.availability,
    location: row.profile.location,
    skills: skillMap.get(input.id) ?? [],
    portfolio: portfolio.map(({ id, title, description, url, imageFileId }) => ({
      id,
      title,
      description,
      url,
      imageUrl: imageFileId ? `/api/files/${imageFileId}` : null,
    })),
    completedContracts: row.profile.completedContracts,
    reviews,
  };
}

/**
 * A client's public page: company, about, rating summary, completed contracts, open
 * projects and reviews. Any active client has one, with or without a saved profile.
 */
export async function getClientProfile({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: { id: string };
}) {
  const [row] = await ctx.db
    .select({
      name: users.name,
      memberSince: users.createdAt,
      hiddenAt: users.profileHiddenAt,
      hiddenReason: users.profileHiddenReason,
      profile: clientProfiles,
    })
    .from(users)
    .leftJoin(clientProfiles, eq(clientProfiles.userId, users.id))
    .where(
      and(
        eq(users.id, input.id),
        eq(users.role, "client"),
        eq(users.status, "active"),
        visibleProfiles(ctx.actor),
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that client.");
  const isOpen = and(
    eq(projects.clientId, input.id),
    eq(projects.status, "open"),
    listedProjects(),
  );
  const [completedContracts, reviews, openProjectCount, openProjects] = await Promise.all([
    ctx.db.$count(
      contracts,
      and(eq(contracts.clientId, input.id), eq(contracts.status, "completed")),
    ),
    reviewsForUser({ ctx, input: { userId: input.id } }),
    ctx.db.$count(projects, isOpen),
    ctx.db
      .select({
        id: projects.id,
        title: projects.title,
        budgetType: projects.budgetType,
        budgetMinMinor: projects.budgetMinMinor,
        budgetMaxMinor: projects.budgetMaxMinor,
        currency: projects.currency,
        publishedAt: projects.publishedAt,
      })
      .from(projects)
      .where(isOpen)
      .orderBy(desc(projects.publishedAt))
      .limit(10),
  ]);
  return {
    id: input.id,
    name: row.name,
    memberSince: row.memberSince,
    hiddenNote: hiddenNote(row),
    companyName: row.profile?.companyName ?? "",
    about: row.profile?.about ?? "",
    website: row.profile?.website ?? null,
    location: row.profile?.location ?? "",
    completedContracts,
    openProjectCount,
    /** The newest ten. */
    openProjects,
    reviews,
  };
}
