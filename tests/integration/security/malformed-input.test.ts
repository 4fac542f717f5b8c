import { getTRPCErrorShape } from "@trpc/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ZodError } from "zod";

import { appRouter } from "~/server/api/root";
import { InvalidError } from "~/server/domain/errors";
import { createTestDatabase } from "../../helpers/test-db";
import { hostileVariants } from "./hostile-inputs";
import { build } from "./resource-states";
import { createWorld, type World } from "./sweep-world";
import { call, routerProcedures, Tally, type Outcome, type Procedure } from "./sweep-calls";
import { resourceStates, type Actor, type Rule } from "./sweep-model";

/**
 * Issue 9, malformed input: every procedure, every field, every hostile kind, as anonymous,
 * a client and a freelancer (and an admin for admin tools). Whatever the answer, it is
 * never a 500, never carries a stack trace or a file path, and a BAD_REQUEST says which
 * field is wrong in words a form can show.
 */

const procedures = routerProcedures();
const tally = new Tally();
let world: World;

beforeAll(async () => {
  const { db } = await createTestDatabase();
  world = await createWorld(db);
});

afterAll(() => tally.print(`malformed-input sweep over ${procedures.length} procedures`));

const stackOrPath = /\n\s+at |node_modules|file:\/\/|(\/[\w.-]+){2,}\.[cm]?[jt]sx?\b/;

/** What is wrong with an answer to a hostile input, or null when it is a fine answer. */
function problemWith(p: Procedure, input: unknown, got: Outcome): string | null {
  if (got.ok) return null;
  if (got.code === "INTERNAL_SERVER_ERROR") {
    // The innermost cause names the real failure (a query error wraps the SQLite one).
    let cause: unknown = got.error.cause;
    while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : "no cause";
    return `INTERNAL_SERVER_ERROR (${why.slice(0, 200)})`;
  }
  // The shape the error formatter gives HTTP clients: what a caller over the wire would see.
  const shape = getTRPCErrorShape({
    config: appRouter._def._config,
    error: got.error,
    type: p.type,
    path: p.path,
    input,
    ctx: undefined,
  });
  if ("stack" in shape.data) return `${got.code} carries a stack in its data`;
  if (stackOrPath.test(JSON.stringify(shape))) return `${got.code} carries a stack trace or path`;
  if (got.code !== "BAD_REQUEST") return null;
  const cause = got.error.cause;
  if (!(cause instanceof ZodError) && !(cause instanceof InvalidError))
    return `BAD_REQUEST from ${cause?.name ?? "nowhere"}, not a validation error`;
  const words = [
    ...Object.values(shape.data.fieldErrors ?? {}).flat(),
    ...(shape.data.formErrors ?? []),
    ...(cause instanceof InvalidError ? [cause.message] : []),
  ];
  return words.some((w) => typeof w === "string" && w.trim().length > 0)
    ? null
    : "BAD_REQUEST without a readable field or form error";
}

/** The resource the valid input names: one its owner may act on, so variants reach deep. */
function baseState(rule: Rule) {
  if (rule.resource === "none") return null;
  return rule.okIn?.[0] ?? rule.states?.[0] ?? resourceStates[rule.resource][0];
}

for (const p of procedures) {
  const rule = p.rule;
  if (!rule) continue;
  const actors: Actor[] = ["anonymous", "client", "freelancer"];
  if (rule.tier === "admin") actors.push("admin");

  it(`${p.path}: no hostile input gets a 500, a stack trace or an unreadable refusal`, async () => {
    const state = baseState(rule);
    const id = rule.resource === "none" || !state ? "" : await build(world, rule.resource, state);
    const base = rule.input(id, world.fx);
    // "what went wrong" → who it went wrong for, so one defect reads as one line.
    const problems = new Map<string, Actor[]>();
    const report = (problem: string, who: Actor) =>
      problems.set(problem, [...(problems.get(problem) ?? []), who]);
    const run = async (label: string, kind: string, input: unknown) => {
      for (const who of actors) {
        const got = await call(world.db, world.sessions[who], p.path, input);
        tally.add(`${kind}: ${got.code === "OK" ? "accepted" : "refused"}`);
        const problem = problemWith(p, input, got);
        if (problem) report(`${label}: ${problem}`, who);
        // The valid input must pass zod, or every variant below would be testing nothing.
        if (kind === "valid input" && !got.ok && got.error.cause instanceof ZodError)
          report(`the valid input fails zod: ${got.message}`, who);
      }
    };
    await run("valid input", "valid input", base);
    for (const variant of hostileVariants(p.input, base))
      await run(variant.label, variant.kind, variant.input);
    expect([...problems].map(([problem, who]) => `${problem} [as ${who.join(", ")}]`)).toEqual([]);
  });
}

it("leaves the database intact, the prototype clean and the server answering", async () => {
  const { rows } = await world.db.$client.execute("pragma integrity_check");
  expect(rows.map((row) => row[0])).toEqual(["ok"]);
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const client = world.as("client");
  const project = await client.project.create(world.fx.project);
  await client.project.publish({ id: project.id });
  await expect(world.as("anonymous").project.byId({ id: project.id })).resolves.toMatchObject({
    title: world.fx.project.title,
  });
  const found = await world.as("anonymous").project.search({ q: "booking clinic" });
  expect(found.items.map((item) => item.id)).toContain(project.id);
  tally.add("health check", 4);
});
