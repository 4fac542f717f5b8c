import type { projectInput } from "../../helpers/marketplace";
import { type UserRole } from "~/shared/statuses";

/**
 * The sweep's vocabulary (resource kinds and their states, actors, tiers) and the rules
 * that turn a procedure's classification into what each actor must get in each state.
 */

export const resourceStates = {
  project: [
    "draft",
    "cancelledDraft",
    "open",
    "cancelledOpen",
    "inProgress",
    "completed",
    "completedEnded",
    /** Open, and hidden by an admin: gone for all but its client and admins. */
    "hidden",
  ],
  proposal: ["submitted", "shortlisted", "rejected", "withdrawn", "accepted", "declined"],
  contract: ["active", "completed", "ended"],
  /** `funded`: the client paid it into escrow, so the freelancer may hand it in. */
  milestone: ["pending", "funded", "submitted", "changesRequested", "approved"],
  amendment: ["pending", "agreed", "declined", "withdrawn"],
  /** `hidden`: unreplied, and hidden by an admin: gone for all but its author and admins. */
  review: ["unreplied", "replied", "hidden"],
  // Hourly contracts end as completed. Weeks and entries in every state a week can be in,
  // time's moves included: open past logging (autoSubmitted), unanswered past review.
  hourlyContract: ["active", "completed"],
  week: ["open", "submitted", "autoSubmitted", "approved", "disputed", "autoApproved"],
  entry: ["open", "submitted", "approved", "disputed", "undisputed", "autoApproved"],
  /** `projectClosed`: still pending, but its project was closed before an answer. */
  invitation: ["pending", "proposed", "declined", "projectClosed"],
  user: ["client", "freelancer", "suspendedClient", "suspendedFreelancer"],
  session: ["active", "revoked"],
  /** The session owner's personal access token. */
  apiToken: ["active", "revoked"],
  /** The session owner's webhook endpoint, on or turned off. */
  webhookEndpoint: ["active", "disabled"],
  /** The client's, from a proposal on their project. */
  notification: ["unread", "read"],
  /** The world's freelancer's. */
  savedSearch: ["alerting", "quiet"],
  /** The world's client's upload, reserved (`pending`) or with its bytes in and checked. */
  file: ["pending", "ready"],
  /**
   * Between the world's client and freelancer, opened by a proposal, and after the hire.
   * (Blocking is person-wide, so a blocked state would silence every other conversation of
   * theirs: the messaging tests cover it.)
   */
  conversation: ["beforeHire", "hired"],
  /** The world's client's message in a conversation with the world's freelancer. */
  message: ["sent", "deleted", "hidden"],
  /** The world's freelancer's report of the world's client's message. */
  report: ["open"],
  /**
   * The world's client's payment into a milestone of their contract with the world's
   * freelancer: waiting for the bank's authentication, paid, or declined. Only the client's:
   * the freelancer of the contract is as much a stranger to it as anyone.
   */
  payment: ["requires_action", "succeeded", "failed"],
  /** The world's client's receipt for a payment, or the note for a refund of one. */
  receipt: ["receipt", "refund"],
  /**
   * The world's client's dispute over a handed-in milestone of their contract with the world's
   * freelancer: open, taken up by an admin, settled, or withdrawn.
   */
  dispute: ["open", "underReview", "resolved", "withdrawn"],
} as const;

export type ResourceKind = keyof typeof resourceStates;
export type StateName = (typeof resourceStates)[ResourceKind][number];
export type Tier = "public" | "signedIn" | "client" | "freelancer" | "admin";
export type Actor =
  | "anonymous"
  | "client"
  | "freelancer"
  | "strangerClient"
  | "strangerFreelancer"
  | "adminNo2fa"
  | "adminUnproven"
  | "admin"
  | "suspended"
  | "sessionOwner";

export interface Fixtures {
  /** A zod-valid project brief (its skill exists). */
  project: Awaited<ReturnType<typeof projectInput>>;
  /** A real account's email and password, for the sign-in procedures' controls. */
  credentials: { email: string; password: string };
  /** The world's freelancer (who has a public profile), to invite and save. */
  freelancerId: string;
}

interface Common {
  tier: Tier;
  /** A zod-valid input naming `id` (ignored by procedures that take no resource id). */
  input: (id: string, fx: Fixtures) => unknown;
}
/** No resource id: only the tier is swept (and every input in the malformed sweep). */
export type TierOnly = Common & { resource: "none" };
export interface ResourceRule extends Common {
  resource: ResourceKind;
  /** Who may act on the resource: the owner(s), controls that must not be refused. */
  by: readonly Actor[];
  /** States where `by` succeeds (default: all); elsewhere they get `otherwise`. */
  okIn?: readonly StateName[];
  /** What `by` gets outside `okIn` (default CONFLICT), or per state. */
  otherwise?: RefusedState | Partial<Record<StateName, RefusedState>>;
  /** The states this procedure's resource can be in (default: every state of its kind). */
  states?: readonly StateName[];
  /** States in which anyone the tier admits may see it (a published project, a public profile). */
  publicIn?: readonly StateName[];
  /** States where a control runs (default: all); `by` outside them is an ordinary viewer. */
  controlIn?: readonly StateName[];
  /**
   * Answers every id, never NOT_FOUND (the actor's own rows, or a public list): outside
   * `publicIn` a non-owner must get exactly what an id that never existed gets.
   */
  sameAsMissing?: true;
  /**
   * Actors besides the other party who know the resource exists (an admin reads every
   * dispute), so may be refused with FORBIDDEN as well as NOT_FOUND.
   */
  knownTo?: readonly Actor[];
}
export type Rule = TierOnly | ResourceRule;

type RefusedState = "CONFLICT" | "NOT_FOUND";

/** A rule for a procedure without a resource id. */
export const tierOnly = (tier: Tier, input: Common["input"] = () => undefined): TierOnly => ({
  tier,
  resource: "none",
  input,
});

/** A rule for a procedure acting on a resource of `resource` kind, on behalf of `by`. */
export const on = (
  resource: ResourceKind,
  tier: Tier,
  by: readonly Actor[],
  input: Common["input"],
  more: Partial<ResourceRule> = {},
): ResourceRule => ({ resource, tier, by, input, ...more });

export type RefusalCode = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
export type Expectation =
  | { kind: "refusal"; codes: readonly RefusalCode[] }
  | { kind: "public read" }
  | { kind: "same as missing" };

const roleOf: Record<Actor, UserRole | null> = {
  anonymous: null,
  client: "client",
  freelancer: "freelancer",
  strangerClient: "client",
  strangerFreelancer: "freelancer",
  adminNo2fa: "admin",
  adminUnproven: "admin",
  admin: "admin",
  suspended: "client",
  sessionOwner: "client",
};

/** Everyone but the session owner, who is only ever the owner of the sessions. */
export const sweptActors = (Object.keys(roleOf) as Actor[]).filter((a) => a !== "sessionOwner");
/** For procedures without a resource: the people each tier has to turn away. */
export const tierActors: readonly Actor[] = [
  "anonymous",
  "strangerClient",
  "strangerFreelancer",
  "adminNo2fa",
  "adminUnproven",
  "admin",
  "suspended",
];

/** Someone each tier lets through, for the control that the tier is what the table says. */
export const admittedBy: Record<Tier, Actor> = {
  public: "anonymous",
  signedIn: "strangerClient",
  client: "strangerClient",
  freelancer: "strangerFreelancer",
  admin: "admin",
};

/** What the tier middleware answers `actor`, or null when the tier admits them. */
export function tierRefusal(tier: Tier, actor: Actor): RefusalCode | null {
  const role = roleOf[actor];
  if (tier === "public") return null;
  if (!role) return "UNAUTHORIZED";
  if (actor === "suspended") return "FORBIDDEN";
  if (tier === "signedIn") return null;
  // Only a 2FA-proven session is an admin for admin tools; the other admins are just people.
  if (tier === "admin") return actor === "admin" ? null : "FORBIDDEN";
  return role === tier ? null : "FORBIDDEN";
}

/** Kinds whose resource both parties of a contract know about. */
const sharedKinds: readonly ResourceKind[] = [
  "proposal",
  "invitation",
  "contract",
  "milestone",
  "amendment",
  "review",
  "hourlyContract",
  "week",
  "entry",
  "message",
  "dispute",
];

/** The party on the other side of a one-party action, who knows the resource but may not act. */
export function otherPartyOf(rule: ResourceRule): Actor | null {
  if (!sharedKinds.includes(rule.resource) || rule.by.length !== 1) return null;
  return rule.by[0] === "client" ? "freelancer" : rule.by[0] === "freelancer" ? "client" : null;
}

export const statesOf = (rule: ResourceRule) => rule.states ?? resourceStates[rule.resource];

/**
 * What `actor`, who is not an owner, must get in `state`; null when they legitimately act on
 * it (a freelancer proposing to an open project), which only controls on fresh copies exercise.
 */
export function expectationFor(
  rule: ResourceRule,
  actor: Actor,
  state: StateName,
  type: string,
): Expectation | null {
  if (rule.by.includes(actor)) return null;
  const refused = tierRefusal(rule.tier, actor);
  if (refused) return { kind: "refusal", codes: [refused] };
  if (rule.publicIn?.includes(state)) return type === "query" ? { kind: "public read" } : null;
  if (rule.sameAsMissing) return { kind: "same as missing" };
  // The other party knows the thing exists, so FORBIDDEN hints at nothing; either is fine.
  if (actor === otherPartyOf(rule) || rule.knownTo?.includes(actor))
    return { kind: "refusal", codes: ["FORBIDDEN", "NOT_FOUND"] };
  return { kind: "refusal", codes: ["NOT_FOUND"] };
}

/** What an owner's control call must answer in `state`, or null when no control runs there. */
export function controlFor(rule: ResourceRule, actor: Actor, state: StateName): string | null {
  if (!rule.by.includes(actor)) return null;
  if (rule.controlIn && !rule.controlIn.includes(state)) return null;
  if (!rule.okIn || rule.okIn.includes(state)) return "OK";
  return typeof rule.otherwise === "object"
    ? (rule.otherwise[state] ?? "CONFLICT")
    : (rule.otherwise ?? "CONFLICT");
}
