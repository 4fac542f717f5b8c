import "server-only";

import type { UserRole } from "~/server/db/schema/users";

/**
 * The signed-in actor as every procedure sees it. Identity (NextAuth) fills this in;
 * until it lands, every request is anonymous and the protected tiers refuse it.
 */
export interface Session {
  sessionId: string;
  user: {
    id: string;
    name: string;
    role: UserRole;
    status: "active" | "suspended";
  };
}

export async function getSessionFromHeaders(
  _headers: Headers,
): Promise<Session | null> {
  return null;
}
