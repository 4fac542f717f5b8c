import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { changeWatcher } from "../../helpers/db-snapshot";
import { createTestDatabase } from "../../helpers/test-db";
import { build } from "./resource-states";
import { createWorld, type World } from "./sweep-world";
import {
  call,
  routerProcedures,
  sameAnswer,
  Tally,
  unclassified,
  type Outcome,
  type Procedure,
} from "./sweep-calls";
import {
  admittedBy,
  controlFor,
  expectationFor,
  otherPartyOf,
  statesOf,
  sweptActors,
  tierActors,
  tierRefusal,
  type Expectation,
  type ResourceKind,
  type ResourceRule,
  type StateName,
  type TierOnly,
} from "./sweep-model";

/**
 * Issue 9's standing probe, generated from the router: every procedure called by everyone
 * who must not succeed, against its resource in every state it can reach. Each refusal
 * must carry its code, say no more than a missing id would, and change nothing; each
 * owner's control call, on a fresh copy of the state, must not be refused.
 */

const procedures = routerProcedures();
const tally = new Tally();
let world: World;
let watcher: Awaited<ReturnType<typeof changeWatcher>>;

beforeAll(async () => {
  const { db } = await createTestDatabase();
  world = await createWorld(db);
  watcher = await changeWatcher(db);
});

afterAll(() => tally.print(`authorization sweep over ${procedures.length} procedures`));

/** One resource per (kind, state) that refusals look at; built on first use, never changed. */
const shared = new Map<string, Promise<string>>();
function sharedId(kind: ResourceKind, state: StateName) {
  const key = `${kind}:${state}`;
  if (!shared.has(key)) {
    watcher.forget();
    tally.add("setup: a shared resource built (several calls each)");
    shared.set(key, build(world, kind, state));
  }
  return shared.get(key)!;
}

/** A resource of its own for a control that changes it. */
function freshId(kind: ResourceKind, state: StateName) {
  tally.add("setup: a fresh copy built (several calls each)");
  return build(world, kind, state);
}

const callAs = (who: keyof World["sessions"], p: Procedure, input: unknown) =>
  call(world.db, world.sessions[who], p.path, input);

const shown = (o: Outcome) => (o.ok ? JSON.stringify(o.value) : o.message).slice(0, 160);
const label = (want: Expectation) =>
  want.kind === "refusal"
    ? want.codes.join(" or ")
    : want.kind === "public read"
      ? "OK"
      : "what a missing id gets";

it("classifies every procedure the router serves", () => {
  expect(unclassified(procedures)).toEqual({ withoutRule: [], ruleWithoutProcedure: [] });
});

function refuseByTier(p: Procedure, rule: TierOnly) {
  for (const who of tierActors) {
    const code = tierRefusal(rule.tier, who);
    if (!code) continue;
    it(`as ${who}: ${code}, nothing changes`, async () => {
      const [got, unchanged] = await watcher.unchangedBy(() =>
        callAs(who, p, rule.input("", world.fx)),
      );
      tally.add(`refusal by tier: ${code}`);
      if (got.code !== code) tally.add(`refusal by tier: ${code} (but answered ${got.code})`);
      expect({ code: got.code, unchanged }).toEqual({ code, unchanged: true });
    });
  }
}

function refuseOnResource(p: Procedure, rule: ResourceRule) {
  const otherParty = otherPartyOf(rule);
  const partyCodes = new Set<string>();

  for (const state of statesOf(rule)) {
    for (const who of sweptActors) {
      const want = expectationFor(rule, who, state, p.type);
      if (!want) continue;
      it(`[${state}] as ${who}: ${label(want)}, nothing changes`, async () => {
        const id = await sharedId(rule.resource, state);
        // Only a stranger's answer must look like a missing id's; a tier's refusal or the
        // other party's FORBIDDEN says nothing about the id.
        const probe =
          want.kind === "same as missing" ||
          (want.kind === "refusal" && want.codes.every((code) => code === "NOT_FOUND"));
        const [[got, missing], unchanged] = await watcher.unchangedBy(async () => [
          await callAs(who, p, rule.input(id, world.fx)),
          probe ? await callAs(who, p, rule.input(crypto.randomUUID(), world.fx)) : null,
        ]);
        const wanted: readonly string[] = want.kind === "refusal" ? want.codes : ["OK"];
        const expected = wanted.join(" or ");
        const kind = want.kind === "refusal" ? `refusal: ${expected}` : `allowed: ${want.kind}`;
        const looksMissing = !missing || sameAnswer(got, missing);
        tally.add(kind);
        if (!wanted.includes(got.code)) tally.add(`${kind} (but answered ${got.code})`);
        if (!looksMissing) tally.add(`${kind} (but said more than for a missing id)`);
        if (!unchanged) tally.add(`${kind} (but changed the database)`);
        if (missing) tally.add("probe: the same call for a missing id");
        if (who === otherParty) partyCodes.add(got.code);
        expect(
          { code: wanted.includes(got.code) ? expected : got.code, looksMissing, unchanged },
          `got ${shown(got)}; a missing id gets ${missing ? shown(missing) : "(not asked)"}`,
        ).toEqual({ code: expected, looksMissing: true, unchanged: true });
      });
    }
  }

  if (otherParty && !tierRefusal(rule.tier, otherParty)) {
    it(`refuses the other party (${otherParty}) with one code in every state`, () => {
      tally.note(
        `${p.path}: the other party (${otherParty}) gets ${[...partyCodes].join(" and ")}`,
      );
      expect([...partyCodes]).toHaveLength(1);
    });
  }
}

/** The tier's control: someone it admits is not turned away (the table's tier is the real one). */
function tierControl(p: Procedure, rule: TierOnly) {
  const admitted = admittedBy[rule.tier];
  it(`the tier lets ${admitted} through`, async () => {
    const got = await callAs(admitted, p, rule.input("", world.fx));
    tally.add("control: admitted by the tier");
    expect(["UNAUTHORIZED", "FORBIDDEN"], got.ok ? "" : got.message).not.toContain(got.code);
  });
}

/** The owners' controls: in each state they get what the table says, never a refusal. */
function ownerControls(p: Procedure, rule: ResourceRule) {
  for (const state of statesOf(rule)) {
    for (const who of rule.by) {
      const want = controlFor(rule, who, state);
      if (!want) continue;
      it(`[${state}] ${who} gets ${want}`, async () => {
        // A mutation changes what it acts on, so each control gets its own copy of the state.
        const id =
          p.type === "query"
            ? await sharedId(rule.resource, state)
            : await freshId(rule.resource, state);
        const got = await callAs(who, p, rule.input(id, world.fx));
        tally.add("control by an owner");
        expect(got.code, got.ok ? "" : got.message).toBe(want);
      });
    }
  }
}

// Every refusal first, while the database holds only the shared states: fingerprints stay
// small and no control runs between two of them. Controls write, so they come after.
describe("everyone who must not act", () => {
  for (const p of procedures) {
    const rule = p.rule;
    // A public procedure without a resource turns nobody away: only its control applies.
    if (!rule || (rule.resource === "none" && rule.tier === "public")) continue;
    describe(p.path, () => {
      if (rule.resource === "none") refuseByTier(p, rule);
      else refuseOnResource(p, rule);
    });
  }
});

describe("controls", () => {
  for (const p of procedures) {
    const rule = p.rule;
    if (!rule) continue;
    describe(p.path, () => {
      if (rule.resource === "none") tierControl(p, rule);
      else ownerControls(p, rule);
    });
  }
});
