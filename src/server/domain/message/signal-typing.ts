import "server-only";

import { nowOf } from "~/server/domain/clock";
import type { PersonContext } from "~/server/domain/context";
import { getEventBus } from "~/server/events/bus";
import { TYPING_TTL_MS } from "~/shared/messages";
import { blocksBetween, conversationAs } from "./conversation-access";

/**
 * "Typing…": told to the other member's open tabs at once and never stored; it lasts a few
 * seconds unless the typist keeps going (their tab calls again). Nothing reaches a person who
 * blocked the typist, or whom they blocked.
 */
export async function signalTyping({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { conversationId: string };
}) {
  const { conversation, otherId } = await conversationAs(
    ctx.db,
    ctx.actor.id,
    input.conversationId,
  );
  const blocks = await blocksBetween(ctx.db, ctx.actor.id, otherId);
  if (blocks.byMe || blocks.byThem) return { sent: false };
  const until = nowOf(ctx).getTime() + TYPING_TTL_MS;
  getEventBus().publish(otherId, {
    type: "typing",
    data: { conversationId: conversation.id, userId: ctx.actor.id, name: ctx.actor.name, until },
  });
  return { sent: true };
}
