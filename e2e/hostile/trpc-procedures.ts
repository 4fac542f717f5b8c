import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every tRPC procedure, read from the router sources at test time so a new procedure is swept
 * without touching this file. Importing the router itself would pull in `server-only` and the
 * validated environment; the sources are regular enough to read: `root.ts` mounts
 * `name: xRouter` imported from `./routers/<file>`, and each router lists
 * `  name: tierProcedure … .query(…)` or `.mutation(…)` at one indentation level.
 */

export interface Procedure {
  path: string;
  type: "query" | "mutation" | "subscription";
  /** The procedure tier it is built on: "public", "protected", "client", "admin"… */
  tier: string;
  hasInput: boolean;
}

const API_DIR = path.resolve("src/server/api");

function routerBody(source: string): string {
  const start = source.indexOf("createTRPCRouter({");
  if (start < 0) throw new Error("no createTRPCRouter({ in a router file");
  return source.slice(start);
}

function proceduresIn(prefix: string, file: string): Procedure[] {
  const body = routerBody(readFileSync(file, "utf8"));
  const keys = [...body.matchAll(/^ {2}(\w+):/gm)];
  return keys.map((key, i) => {
    const definition = body.slice(key.index, keys[i + 1]?.index ?? body.length);
    const type = /\.mutation\(/.test(definition)
      ? "mutation"
      : /\.subscription\(/.test(definition)
        ? "subscription"
        : "query";
    const tier = /\b(\w+)Procedure\b/.exec(definition)?.[1] ?? "unknown";
    return { path: `${prefix}.${key[1]}`, type, tier, hasInput: /\.input\(/.test(definition) };
  });
}

export function trpcProcedures(): Procedure[] {
  const root = readFileSync(path.join(API_DIR, "root.ts"), "utf8");
  const files = new Map(
    [...root.matchAll(/import\s*\{\s*(\w+)\s*\}\s*from\s*"\.\/routers\/([\w-]+)"/g)].map((m) => [
      m[1]!,
      path.join(API_DIR, "routers", `${m[2]}.ts`),
    ]),
  );
  const mounted = [...routerBody(root).matchAll(/^ {2}(\w+):\s*(\w+),?$/gm)];
  if (mounted.length === 0) throw new Error("found no routers mounted in root.ts");
  return mounted.flatMap(([, prefix, routerName]) => {
    const file = files.get(routerName!);
    if (!file)
      throw new Error(`root.ts mounts ${routerName} but imports it from no ./routers file`);
    const procedures = proceduresIn(prefix!, file);
    if (procedures.length === 0) throw new Error(`found no procedures in ${file}`);
    return procedures;
  });
}
