import type { Actor } from "~/server/domain/actor";

/**
 * An admin acting with admin powers: the role alone is not enough. Reading other people's
 * private data (drafts, contracts, proposals) is an admin power like any admin tool, so it
 * needs two-factor authentication turned on and a session that proved it at sign-in.
 */
export function isProvenAdmin(actor: Actor | null): boolean {
  return (
    actor?.kind === "person" &&
    actor.role === "admin" &&
    actor.status === "active" &&
    actor.twoFactorEnabled &&
    actor.secondFactorVerified
  );
}
