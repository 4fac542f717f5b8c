import "server-only";

import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";

import type { DbOrTx } from "~/server/db/client";
import { freelancerProfiles, freelancerSkills } from "~/server/db/schema/profiles";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { contracts, proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError, NotFoundError } from "~/server/domain/errors";
import { freelancerReputation } from "~/server/domain/profile/reputation";
import { mayViewProject } from "~/server/domain/project/policy";
import { loadOwnProject } from "~/server/domain/project/project-lifecycle";
import type { EditProposalInput, SubmitProposalInput } from "~/shared/schemas/proposal";

const NOT_YOURS = "We couldn't find that proposal among yours.";
const NOT_ON_YOUR_PROJECT = "We couldn't find that proposal on your projects.";

/** A freelancer sends one proposal per open project, with a verified email. */
export async function submitProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SubmitProposalInput>;
}) {
  if (!ctx.actor.emailVerified) {
    throw new ForbiddenError(
      "Confirm your email address before sending proposals (see your account page).",
    );
  }
  return withTransaction(ctx, async ({ db }) => {
    const [project] = await db
      .select()
      .from(projects)
      .where(eq(projects.id, input.projectId))
      .limit(1);
    // A project never published is invisible to everyone but its client, whatever its status.
    if (!project || !mayViewProject(ctx.actor, project))
      throw new NotFoundError("We couldn't find that project.");
    if (project.clientId === ctx.actor.id)
      throw new ForbiddenError("You cannot propose to your own project.");
    if (project.status !== "open")
      throw new ConflictError("This project is no longer taking proposals.");
    const [proposal] = await db
      .insert(proposals)
      .values({
        projectId: project.id,
        freelancerId: ctx.actor.id,
        coverLetter: input.coverLetter,
        bidMinor: input.bidMinor,
        currency: project.currency,
        estimatedDuration: input.estimatedDuration,
      })
      .onConflictDoNothing()
      .returning();
    if (!proposal)
      throw new ConflictError(
        "You have already sent a proposal for this project. Edit it instead.",
      );
    return proposal;
  });
}

async function loadOwnProposal(db: DbOrTx, freelancerId: string, id: string) {
  const [proposal] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), eq(proposals.freelancerId, freelancerId)))
    .limit(1);
  if (!proposal) throw new NotFoundError(NOT_YOURS);
  return proposal;
}

/** Until the client shortlists it, the freelancer may rewrite their proposal. */
export async function editProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof EditProposalInput>;
}) {
  const { id, ...fields } = input;
  const [updated] = await ctx.db
    .update(proposals)
    .set(fields)
    .where(
      and(
        eq(proposals.id, id),
        eq(proposals.freelancerId, ctx.actor.id),
        eq(proposals.status, "submitted"),
      ),
    )
    .returning();
  if (updated) return updated;
  await loadOwnProposal(ctx.db, ctx.actor.id, id);
  throw new ConflictError(
    "This proposal can no longer be edited: the client has already considered it.",
  );
}

/** Until it is accepted, the freelancer may withdraw their proposal. */
export async function withdrawProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  const [updated] = await ctx.db
    .update(proposals)
    .set({ status: "withdrawn" })
    .where(
      and(
        eq(proposals.id, input.id),
        eq(proposals.freelancerId, ctx.actor.id),
        inArray(proposals.status, ["submitted", "shortlisted"]),
      ),
    )
    .returning();
  if (updated) return updated;
  const proposal = await loadOwnProposal(ctx.db, ctx.actor.id, input.id);
  throw new ConflictError(
    proposal.status === "accepted"
      ? "An accepted proposal cannot be withdrawn: it is a contract now."
      : "This proposal is already closed.",
  );
}

/** The freelancer's own proposals, newest first, with their project's title. */
export async function listMyProposals({ ctx }: { ctx: PersonContext }) {
  return ctx.db
    .select({
      id: proposals.id,
      projectId: proposals.projectId,
      projectTitle: projects.title,
      bidMinor: proposals.bidMinor,
      currency: proposals.currency,
      status: proposals.status,
      createdAt: proposals.createdAt,
    })
    .from(proposals)
    .innerJoin(projects, eq(projects.id, proposals.projectId))
    .where(eq(proposals.freelancerId, ctx.actor.id))
    .orderBy(desc(proposals.createdAt));
}

/** The freelancer's own proposal for one project, or null. */
export async function myProposalForProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { projectId: string };
}) {
  const [proposal] = await ctx.db
    .select({ id: proposals.id, status: proposals.status })
    .from(proposals)
    .where(and(eq(proposals.projectId, input.projectId), eq(proposals.freelancerId, ctx.actor.id)))
    .limit(1);
  return proposal ?? null;
}

/**
 * The proposals on one of the client's own projects (NOT_FOUND for anyone else's), with
 * what a client compares: bid, the freelancer's rating and completed contracts, and how many
 * of the project's skills the freelancer's profile lists.
 */
export async function listProposalsForProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { projectId: string };
}) {
  await loadOwnProject(ctx.db, ctx.actor.id, input.projectId);
  return ctx.db
    .select({
      id: proposals.id,
      freelancerId: proposals.freelancerId,
      freelancerName: users.name,
      coverLetter: proposals.coverLetter,
      bidMinor: proposals.bidMinor,
      currency: proposals.currency,
      estimatedDuration: proposals.estimatedDuration,
      status: proposals.status,
      createdAt: proposals.createdAt,
      headline: freelancerProfiles.headline,
      ...freelancerReputation,
      skillsMatched: sql<number>`(select count(*) from ${freelancerSkills} fs
        join ${projectSkills} ps on ps.skill_id = fs.skill_id and ps.project_id = ${proposals.projectId}
        where fs.user_id = ${proposals.freelancerId})`,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.freelancerId))
    .leftJoin(freelancerProfiles, eq(freelancerProfiles.userId, proposals.freelancerId))
    .where(and(eq(proposals.projectId, input.projectId), ne(proposals.status, "withdrawn")))
    .orderBy(desc(proposals.createdAt));
}

/** A proposal on one of the client's own projects; anyone else's does not exist for them. */
async function loadProposalOnOwnProject(db: DbOrTx, clientId: string, id: string) {
  const [row] = await db
    .select({ proposal: proposals, project: projects })
    .from(proposals)
    .innerJoin(projects, eq(projects.id, proposals.projectId))
    .where(and(eq(proposals.id, id), eq(projects.clientId, clientId)))
    .limit(1);
  if (!row) throw new NotFoundError(NOT_ON_YOUR_PROJECT);
  return row;
}

async function decide(
  ctx: PersonContext,
  id: string,
  to: "shortlisted" | "rejected",
  from: ("submitted" | "shortlisted")[],
) {
  return withTransaction(ctx, async ({ db }) => {
    const { project } = await loadProposalOnOwnProject(db, ctx.actor.id, id);
    if (project.status !== "open")
      throw new ConflictError("This project is no longer taking decisions on proposals.");
    const [updated] = await db
      .update(proposals)
      .set({ status: to })
      .where(and(eq(proposals.id, id), inArray(proposals.status, from)))
      .returning();
    if (!updated) throw new ConflictError(`This proposal can no longer be ${to}.`);
    return updated;
  });
}

export const shortlistProposal = ({ ctx, input }: { ctx: PersonContext; input: { id: string } }) =>
  decide(ctx, input.id, "shortlisted", ["submitted"]);

export const rejectProposal = ({ ctx, input }: { ctx: PersonContext; input: { id: string } }) =>
  decide(ctx, input.id, "rejected", ["submitted", "shortlisted"]);

/**
 * Hiring, in one transaction: the proposal is accepted, a contract is created for the agreed
 * amount, the project moves to in_progress and every other open proposal is declined. The
 * project's status changes only if it is still open, and contracts are unique per project,
 * so of any number of racing accepts exactly one wins; the others get CONFLICT.
 */
export async function acceptProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { proposal, project } = await loadProposalOnOwnProject(db, ctx.actor.id, input.id);
    if (proposal.status !== "submitted" && proposal.status !== "shortlisted") {
      throw new ConflictError("Only a proposal that is still open can be accepted.");
    }
    const [hired] = await db
      .update(projects)
      .set({ status: "in_progress" })
      .where(and(eq(projects.id, project.id), eq(projects.status, "open")))
      .returning({ id: projects.id });
    if (!hired) throw new ConflictError("This project has already been awarded or closed.");
    const [contract] = await db
      .insert(contracts)
      .values({
        projectId: project.id,
        proposalId: proposal.id,
        clientId: project.clientId,
        freelancerId: proposal.freelancerId,
        amountMinor: proposal.bidMinor,
        currency: proposal.currency,
      })
      .returning();
    await db.update(proposals).set({ status: "accepted" }).where(eq(proposals.id, proposal.id));
    await db
      .update(proposals)
      .set({ status: "declined" })
      .where(
        and(
          eq(proposals.projectId, project.id),
          ne(proposals.id, proposal.id),
          inArray(proposals.status, ["submitted", "shortlisted"]),
        ),
      );
    return contract!;
  });
}
