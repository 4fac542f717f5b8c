import type { Session } from "~/server/auth/session";
import type { Database } from "~/server/db/client";
import { callerFor, sessionOf } from "../../helpers/caller";
import { createUser } from "../../helpers/factories";
import { PASSWORD, registerUser, signInFully } from "../../helpers/identity";
import { actor, projectInput } from "../marketplace/helpers";
import type { Actor, Fixtures } from "./sweep-model";

/**
 * The people of the sweep: the owners of everything it builds (a client and the freelancer
 * they hire), strangers of each role, admins with and without a 2FA-proven session, a
 * suspended account, and someone with real sessions to revoke.
 */

type Api = ReturnType<typeof callerFor>;

export interface World {
  db: Database;
  fx: Fixtures;
  sessions: Record<Actor, Session | null>;
  as: (who: Actor) => Api;
  /** The email of the session owner, who has a password and real session rows. */
  sessionOwnerEmail: string;
}

export async function createWorld(db: Database): Promise<World> {
  const admin = await createUser(db, "admin", {
    emailVerified: new Date(),
    twoFactorEnabledAt: new Date(),
  });
  const owner = await registerUser(db, "client", { verified: true });
  const sessions: Record<Actor, Session | null> = {
    anonymous: null,
    client: (await actor(db, "client")).session,
    freelancer: (await actor(db, "freelancer")).session,
    strangerClient: (await actor(db, "client")).session,
    strangerFreelancer: (await actor(db, "freelancer")).session,
    adminNo2fa: (await actor(db, "admin")).session,
    // 2FA is on for this admin, but the session was opened with the password alone.
    adminUnproven: sessionOf(admin),
    admin: { ...sessionOf(admin), secondFactorVerified: true },
    suspended: sessionOf(await createUser(db, "client", { status: "suspended" })),
    sessionOwner: await signInFully(db, owner.email),
  };
  return {
    db,
    fx: {
      project: await projectInput(db),
      credentials: { email: owner.email, password: PASSWORD },
    },
    sessions,
    as: (who) => callerFor(db, sessions[who]),
    sessionOwnerEmail: owner.email,
  };
}
