import type { Database } from "~/server/db/client";
import { actor } from "./people";
import { projectInput, proposalInput } from "./marketplace";

type Person = Awaited<ReturnType<typeof actor>>;

/**
 * A client and a freelancer talking about a project before any hire: the freelancer's
 * proposal opened the conversation. Answers both, the project, the proposal and its id.
 */
export async function proposalConversation(
  db: Database,
  people?: { client?: Person; freelancer?: Person },
) {
  const client = people?.client ?? (await actor(db, "client"));
  const freelancer = people?.freelancer ?? (await actor(db, "freelancer"));
  const project = await client.api.project.create(await projectInput(db));
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
  const { conversationId } = await client.api.message.find({
    projectId: project.id,
    freelancerId: freelancer.user.id,
  });
  if (!conversationId) throw new Error("the proposal opened no conversation");
  return { client, freelancer, project, proposal, conversationId };
}
