import type { DomainContext } from "./context";

/** The moment an action happens at: the context's clock when it has one, else the wall clock. */
export function nowOf(ctx: Pick<DomainContext, "now">): Date {
  return ctx.now?.() ?? new Date();
}
