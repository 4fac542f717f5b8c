import { isDeepStrictEqual } from "node:util";
import { TRPCError } from "@trpc/server";

import { appRouter } from "~/server/api/root";
import type { Session } from "~/server/auth/session";
import type { Database } from "~/server/db/client";
import { callerFor } from "../../helpers/caller";
import { procedureRules } from "./procedure-rules";
import type { Rule } from "./sweep-model";

/** Calling any procedure by its path, and counting what the sweep did. */

export interface Procedure {
  path: string;
  type: "query" | "mutation" | "subscription";
  /** The zod schema of its input, when it takes one. */
  input: unknown;
  /** Undefined for a procedure nobody has classified yet: `unclassified()` fails on it. */
  rule: Rule | undefined;
}

interface RouterProcedure {
  _def: { type: Procedure["type"]; inputs: unknown[] };
}

/**
 * Every procedure the router serves, read from the router itself, so a procedure added
 * later is swept the day it lands (and fails the sweep until procedure-rules.ts has it).
 */
export function routerProcedures(): Procedure[] {
  const all = appRouter._def.procedures as unknown as Record<string, RouterProcedure>;
  return Object.entries(all)
    .map(([path, procedure]) => ({
      path,
      type: procedure._def.type,
      input: procedure._def.inputs[0],
      rule: procedureRules[path],
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Paths with no rule, and rules for paths the router no longer serves. */
export function unclassified(procedures: Procedure[]) {
  const served = new Set(procedures.map((p) => p.path));
  return {
    withoutRule: procedures.filter((p) => !p.rule).map((p) => p.path),
    ruleWithoutProcedure: Object.keys(procedureRules).filter((path) => !served.has(path)),
  };
}

export type Outcome =
  | { ok: true; code: "OK"; value: unknown }
  | { ok: false; code: string; message: string; error: TRPCError };

/** The same code with the same value or message: nothing in one that the other lacks. */
export function sameAnswer(a: Outcome, b: Outcome) {
  if (a.ok && b.ok) return isDeepStrictEqual(a.value, b.value);
  return !a.ok && !b.ok && a.code === b.code && a.message === b.message;
}

/** Calls `path` with `input` as `session`, through createCaller as a page would. */
export async function call(
  db: Database,
  session: Session | null,
  path: string,
  input: unknown,
): Promise<Outcome> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], callerFor(db, session));
  try {
    const value: unknown = await (procedure as (input: unknown) => Promise<unknown>)(input);
    return { ok: true, code: "OK", value };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false, code: error.code, message: error.message, error };
  }
}

/** How many calls of each kind the sweep made, printed when a file finishes. */
export class Tally {
  private readonly counts = new Map<string, number>();
  private readonly notes: string[] = [];

  add(kind: string, by = 1) {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + by);
  }

  /** A line printed under the counts: something the sweep observed rather than asserted. */
  note(line: string) {
    this.notes.push(`  ${line}`);
  }

  print(title: string) {
    const rows = [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b));
    // Builds (several calls each) and "(but …)" lines (a subset of another line) are listed, not counted.
    const counted = rows.filter(([kind]) => !kind.startsWith("setup") && !kind.includes("(but "));
    const total = counted.reduce((sum, [, n]) => sum + n, 0);
    const width = Math.max(...rows.map(([kind]) => kind.length), 5);
    const lines = rows.map(([kind, n]) => `  ${kind.padEnd(width)}  ${n}`);
    console.log([`${title}: ${total} calls`, ...lines, ...this.notes].join("\n"));
  }
}
