import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext } from "~/server/domain/context";
import { transition } from "./project-transition";

/** Withdraws a draft or an open project; open proposals are declined with it. */
export async function cancelProject({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return transition(ctx, input.id, "cancelled", (db) =>
    db
      .update(proposals)
      .set({ status: "declined" })
      .where(
        and(
          eq(proposals.projectId, input.id),
          inArray(proposals.status, ["submitted", "shortlisted"]),
        ),
      ),
  );
}
