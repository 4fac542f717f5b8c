import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every route of the app, read from the filesystem at test time, so the sweep grows by itself
 * when a page (`src/app/**\/page.tsx`) or an API route (`route.ts`) is added: route groups
 * `(x)` and parallel slots `@x` drop out of the URL, `[param]` segments are dynamic and
 * `_folders` are private.
 */

const APP_DIR = path.resolve("src/app");

export type Segment = { kind: "static"; text: string } | { kind: "dynamic"; name: string };

export interface AppRoute {
  /** As Next writes it: `/projects/[projectId]`. */
  pattern: string;
  segments: Segment[];
  /** Query parameters the page file reads, found in its source (see `queryKeysIn`). */
  queryKeys: string[];
}

function routeFiles(name: string): string[] {
  return readdirSync(APP_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === name)
    .filter((file) => !file.split(path.sep).some((part) => part.startsWith("_")))
    .sort();
}

function segmentsOf(file: string): Segment[] {
  return path
    .dirname(file)
    .split(path.sep)
    .filter((part) => part !== "." && !/^\(.*\)$/.test(part) && !part.startsWith("@"))
    .map((part): Segment => {
      const dynamic = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(part);
      return dynamic ? { kind: "dynamic", name: dynamic[1]! } : { kind: "static", text: part };
    });
}

/**
 * The query keys a page reads, in the shapes Guild's pages read them: `params.next`,
 * `params["q"]`, `const { token } = await searchParams`, a typed
 * `searchParams: Promise<{ welcome?: string }>`, a list of key literals (`["q", "type"]`) or a
 * helper called with one (`text("q")`). A key missed here still gets garbage: every page also
 * gets the generic keys of hostile-values.ts.
 */
export function queryKeysIn(source: string): string[] {
  if (!source.includes("searchParams")) return [];
  const keys = new Set<string>();
  const add = (key: string | undefined) => key && keys.add(key.trim());
  for (const m of source.matchAll(/\bparams\.([a-zA-Z_]\w*)/g)) add(m[1]);
  for (const m of source.matchAll(/\bparams\[["']([^"']+)["']\]/g)) add(m[1]);
  for (const m of source.matchAll(/const\s*\{([^}]*)\}\s*=\s*await\s+searchParams/g))
    for (const name of m[1]!.split(",")) add(name.split(":")[0]);
  for (const m of source.matchAll(/searchParams:\s*Promise<\{([^}]*)\}>/g))
    for (const field of m[1]!.matchAll(/(\w+)\??\s*:/g)) add(field[1]);
  for (const m of source.matchAll(/\[(\s*"\w+"\s*(?:,\s*"\w+"\s*)+,?\s*)\]/g))
    for (const literal of m[1]!.matchAll(/"(\w+)"/g)) add(literal[1]);
  for (const m of source.matchAll(/\b[a-z]\w*\("(\w+)"\)/g)) add(m[1]);
  return [...keys].filter(Boolean).sort();
}

function routesOf(name: string): AppRoute[] {
  return routeFiles(name).map((file) => {
    const segments = segmentsOf(file);
    return {
      pattern: "/" + segments.map((s) => (s.kind === "static" ? s.text : `[${s.name}]`)).join("/"),
      segments,
      queryKeys: queryKeysIn(readFileSync(path.join(APP_DIR, file), "utf8")),
    };
  });
}

export const isDynamic = (route: AppRoute) => route.segments.some((s) => s.kind === "dynamic");

export const pageRoutes = () => routesOf("page.tsx");
export const apiRoutes = () => routesOf("route.ts");

/** A path for the route with each dynamic segment replaced by the raw (already encoded) text given. */
export function pathFor(route: AppRoute, values: Record<string, string>): string {
  return (
    "/" +
    route.segments
      .map((s) => {
        if (s.kind === "static") return s.text;
        const value = values[s.name];
        if (value === undefined) throw new Error(`no value for [${s.name}] in ${route.pattern}`);
        return value;
      })
      .join("/")
  );
}

/**
 * Reads the values of a route's dynamic segments from a concrete path, or null when the path
 * is not this route. A static sibling (`/projects/new`) is not a value of `/projects/[projectId]`.
 */
export function matchRoute(
  route: AppRoute,
  pathname: string,
  routes: AppRoute[],
): Record<string, string> | null {
  const parts = pathname.split("/").slice(1);
  if (parts.length !== route.segments.length) return null;
  const values: Record<string, string> = {};
  for (const [i, segment] of route.segments.entries()) {
    const part = parts[i]!;
    if (segment.kind === "static") {
      if (part !== segment.text) return null;
    } else {
      if (!part) return null;
      values[segment.name] = part;
    }
  }
  const shadowedByStatic = routes.some(
    (other) => other !== route && !isDynamic(other) && other.pattern === pathname,
  );
  return shadowedByStatic ? null : values;
}
