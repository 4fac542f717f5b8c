import type { PersonActor } from "~/server/domain/actor";
import type { Database } from "~/server/db/client";
import { callerFor, actorOf } from "../../helpers/caller";
import { testClock } from "../../helpers/clock";
import { projectInput } from "../../helpers/marketplace";
import { actor, createUser, PASSWORD, registerUser, signInFully } from "../../helpers/people";
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
  sessions: Record<Actor, PersonActor | null>;
  as: (who: Actor) => Api;
  /** The email of the session owner, who has a password and real session rows. */
  sessionOwnerEmail: string;
}

/**
 * The sweep acts at a fixed Wednesday noon (UTC) of the last week: timesheet states that only
 * time makes (a week past logging, one past review) then exist whatever day the sweep runs,
 * built by acting one or two weeks before it (resource-states.ts).
 */
function lastWednesdayNoon(now = Date.now()) {
  const day = 24 * 3600 * 1000;
  const week = 7 * day;
  // The epoch was a Thursday: Wednesdays 00:00 UTC are 6 days past a whole number of weeks.
  const wednesday = now - ((now - 6 * day) % week) + 12 * 3600 * 1000;
  return new Date(wednesday <= now ? wednesday : wednesday - week);
}

export async function createWorld(db: Database): Promise<World> {
  testClock.pinned = lastWednesdayNoon();
  const admin = await createUser(db, "admin", {
    emailVerified: new Date(),
    twoFactorEnabledAt: new Date(),
  });
  const owner = await registerUser(db, "client", { verified: true });
  const sessions: Record<Actor, PersonActor | null> = {
    anonymous: null,
    client: (await actor(db, "client")).session,
    freelancer: (await actor(db, "freelancer")).session,
    strangerClient: (await actor(db, "client")).session,
    strangerFreelancer: (await actor(db, "freelancer")).session,
    adminNo2fa: (await actor(db, "admin")).session,
    // 2FA is on for this admin, but the session was opened with the password alone.
    adminUnproven: actorOf(admin),
    admin: { ...actorOf(admin), secondFactorVerified: true },
    suspended: actorOf(await createUser(db, "client", { status: "suspended" })),
    sessionOwner: await signInFully(db, owner.email),
  };
  const project = await projectInput(db);
  // The freelancer has a public page, so clients can invite and save them.
  await callerFor(db, sessions.freelancer).profile.saveFreelancer({
    headline: "Booking apps for clinics and gyms",
    bio: "",
    hourlyRateMinor: 9_000,
    currency: "USD",
    availability: "available",
    location: "",
    skillIds: project.skillIds,
    portfolio: [],
  });
  return {
    db,
    fx: {
      project,
      credentials: { email: owner.email, password: PASSWORD },
      freelancerId: sessions.freelancer!.id,
    },
    sessions,
    as: (who) => callerFor(db, sessions[who]),
    sessionOwnerEmail: owner.email,
  };
}
