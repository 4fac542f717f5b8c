import "server-only";

import { type PersonContext } from "~/server/domain/context";
import { ForbiddenError } from "~/server/domain/errors";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { MATCH_LAG_MS } from "~/server/domain/saved-search/match-saved-searches";
import { transition } from "./project-transition";

/** Opens a draft to proposals. Publishing needs a verified email. */
export async function publishProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  if (!ctx.actor.emailVerified) {
    throw new ForbiddenError(
      "Confirm your email address before publishing a project (see your account page).",
    );
  }
  return transition(ctx, input.id, "open", async (tx, project) => {
    // Saved searches that alert at once hear of it within seconds, not at the next minute.
    await enqueueJob(
      tx,
      "saved_search.match",
      {},
      {
        runAt: new Date(Date.now() + MATCH_LAG_MS + 500),
        dedupeKey: `saved_search.match:published:${project.id}`,
      },
    );
  });
}
