import type { conversationMembers, conversations, messages } from "~/server/db/schema/messages";
import { formatBid } from "~/shared/format/money";
import type { ProjectPlan } from "./project-plan";
import { randomFor, seedId } from "./random";

type ConversationRow = typeof conversations.$inferInsert;
type MemberRow = typeof conversationMembers.$inferInsert;
type MessageRow = typeof messages.$inferInsert;

export interface ConversationRows {
  conversations: ConversationRow[];
  members: MemberRow[];
  messages: MessageRow[];
}

/** What clients ask and freelancers answer before a hire, and after it. */
const questions = [
  "Thanks for the proposal. Could you walk me through how you would start?",
  "Have you worked with a team our size before? We are twelve people.",
  "What would you need from us in the first week?",
  "Is the estimate firm, or could the scope move it?",
];
const answers = [
  "Happy to. I would start with a short call to agree on the scope, then share a plan for the first milestone within two days.",
  "Yes: my last two clients were small teams. I keep a shared board so everyone sees where things stand.",
  "Access to the current system, one person who can answer questions, and any brand guidelines you have.",
  "It is firm for the scope in the brief. If something new comes up I will say so before starting on it.",
];
const afterHire = [
  "Great to be working together. I have set up the project board and shared it with you.",
  "Thanks! I will review it this afternoon.",
  "Quick update: the first part is on track for the due date.",
];

/**
 * The conversations a project's seeded history would have opened (one per proposal, carried on
 * by the contract), with the proposal and the hire told as system messages, and a short
 * exchange in some of them so inboxes and threads have something to show. Deterministic.
 */
export function conversationsOf(
  plan: ProjectPlan,
  { nameOf, now }: { nameOf: (userId: string) => string; now: number },
): ConversationRows {
  const rows: ConversationRows = { conversations: [], members: [], messages: [] };
  const { project, contract } = plan;
  for (const proposal of plan.proposals) {
    const id = seedId(`conversation:${project.id}:${proposal.freelancerId}`);
    const hired = contract?.proposalId === proposal.id ? contract : null;
    const rng = randomFor(`conversation:${id}`);
    const thread: MessageRow[] = [];
    let at = (proposal.createdAt as Date).getTime();
    const add = (
      message: Omit<MessageRow, "conversationId" | "seq" | "createdAt">,
      gapMs: number,
    ) => {
      at = Math.min(now - 60_000, at + gapMs);
      thread.push({
        ...message,
        id: seedId(`message:${id}:${thread.length + 1}`),
        conversationId: id,
        seq: thread.length + 1,
        createdAt: new Date(at),
      });
    };
    add(
      {
        kind: "system",
        senderId: null,
        event: `proposal.submitted:${proposal.id}`,
        body: `${nameOf(proposal.freelancerId)} sent a proposal: ${formatBid(proposal.bidMinor, proposal.currency, project.budgetType ?? "fixed", { spelled: true })}.`,
      },
      0,
    );
    if (rng.chance(hired ? 0.9 : 0.35)) {
      const turn = rng.int(0, questions.length - 1);
      add({ kind: "text", senderId: project.clientId, body: questions[turn]! }, 3 * 3_600_000);
      add({ kind: "text", senderId: proposal.freelancerId, body: answers[turn]! }, 2 * 3_600_000);
    }
    if (hired) {
      at = Math.max(at, (hired.startedAt as Date).getTime());
      add(
        {
          kind: "system",
          senderId: null,
          event: "contract.started",
          body: `${nameOf(project.clientId)} accepted the proposal: the contract has started.`,
        },
        0,
      );
      const says = rng.int(1, afterHire.length);
      for (let i = 0; i < says; i++)
        add(
          {
            kind: "text",
            senderId: i % 2 === 0 ? proposal.freelancerId : project.clientId,
            body: afterHire[i]!,
          },
          5 * 3_600_000,
        );
    }
    const last = thread.at(-1)!;
    const lastAt = last.createdAt as Date;
    rows.conversations.push({
      id,
      projectId: project.id!,
      clientId: project.clientId,
      freelancerId: proposal.freelancerId,
      contractId: hired?.id ?? null,
      lastSeq: thread.length,
      lastMessageAt: lastAt,
      createdAt: proposal.createdAt as Date,
    });
    // Each member has read everything but, now and then, the other's last message.
    for (const userId of [project.clientId, proposal.freelancerId]) {
      const unreadLast = last.senderId && last.senderId !== userId && rng.chance(0.4);
      const readSeq = unreadLast ? thread.length - 1 : thread.length;
      rows.members.push({
        conversationId: id,
        userId,
        lastReadSeq: readSeq,
        lastReadAt: readSeq > 0 ? (thread[readSeq - 1]!.createdAt as Date) : null,
        notifiedSeq: thread.length,
        lastMessageAt: lastAt,
      });
    }
    rows.messages.push(...thread);
  }
  return rows;
}
