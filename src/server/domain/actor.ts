import type { ApiScope } from "~/shared/api-scopes";
import { type UserRole, type UserStatus } from "~/shared/statuses";

/**
 * Who is acting. A person acts through a browser session or a personal access token; the
 * system acts for a named job. Identity always comes from here, never from input.
 */
export interface PersonActor {
  kind: "person";
  id: string;
  name: string;
  email: string;
  role: UserRole;
  status: UserStatus;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  /** The session they act through, or null when they act some other way (a script). */
  sessionId: string | null;
  /** The way they signed in proved a second factor. */
  secondFactorVerified: boolean;
  /**
   * Present when they act through a personal access token: what it may do. Such a request
   * carries no session (cookies are ignored) and reaches only procedures with a scope.
   */
  apiToken?: { id: string; scopes: readonly ApiScope[] };
}

export interface SystemActor {
  kind: "system";
  /** The job or script acting, as it appears in logs and the audit trail. */
  job: string;
}

export type Actor = PersonActor | SystemActor;

/** The person behind an actor, or null for the system and for nobody. */
export function personOf(actor: Actor | null): PersonActor | null {
  return actor?.kind === "person" ? actor : null;
}
