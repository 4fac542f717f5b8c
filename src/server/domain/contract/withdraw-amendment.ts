import "server-only";

import { type PersonContext, withTransaction } from "~/server/domain/context";
import { answer, pendingAmendmentAs } from "./amendment-access";

/** The client takes back a change the freelancer has not answered yet. */
export async function withdrawAmendment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { amendment } = await pendingAmendmentAs(db, ctx, input.id, "client");
    return answer(db, amendment.id, "withdrawn");
  });
}
