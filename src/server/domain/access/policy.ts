import type { Session } from "~/server/auth/session";

/**
 * An admin acting with admin powers: the role alone is not enough. Reading other people's
 * private data (drafts, contracts, proposals) is an admin power like any admin tool, so it
 * needs two-factor authentication turned on and a session that proved it at sign-in.
 */
export function isProvenAdmin(session: Session | null): boolean {
  return (
    session !== null &&
    session.user.role === "admin" &&
    session.user.status === "active" &&
    session.user.twoFactorEnabled &&
    session.secondFactorVerified
  );
}
