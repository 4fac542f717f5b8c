import "server-only";

import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";

import { projects } from "~/server/db/schema/projects";
import { contracts } from "~/server/db/schema/contracts";
import { users } from "~/server/db/schema/users";
import { isProvenAdmin } from "~/server/domain/access/policy";
import type { PersonContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { partyTo } from "./load-contract";

const client = alias(users, "client");
const freelancer = alias(users, "freelancer");

/**
 * A contract, for its two parties (and a proven admin) only; to anyone else, an admin
 * without a 2FA-proven session included, it does not exist.
 */
export async function getContractForParty({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  const me = ctx.actor;
  const visible = isProvenAdmin(ctx.actor)
    ? eq(contracts.id, input.id)
    : and(eq(contracts.id, input.id), partyTo(me));
  const [row] = await contractRows(ctx).where(visible).limit(1);
  if (!row) throw new NotFoundError("We couldn't find that contract among yours.");
  return row;
}

/** Contracts as their parties read them (with the project's title and both names), to filter. */
export function contractRows(ctx: PersonContext) {
  return ctx.db
    .select({
      id: contracts.id,
      status: contracts.status,
      kind: contracts.kind,
      amountMinor: contracts.amountMinor,
      hourlyRateMinor: contracts.hourlyRateMinor,
      weeklyLimitMinutes: contracts.weeklyLimitMinutes,
      currency: contracts.currency,
      startedAt: contracts.startedAt,
      completedAt: contracts.completedAt,
      projectId: projects.id,
      projectTitle: projects.title,
      clientId: contracts.clientId,
      clientName: client.name,
      freelancerId: contracts.freelancerId,
      freelancerName: freelancer.name,
    })
    .from(contracts)
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .innerJoin(client, eq(client.id, contracts.clientId))
    .innerJoin(freelancer, eq(freelancer.id, contracts.freelancerId))
    .$dynamic();
}
