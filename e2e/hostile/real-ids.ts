import type { APIRequestContext } from "@playwright/test";

import { isDynamic, matchRoute, pathFor, type AppRoute } from "./app-routes";
import { tally } from "./sweep";

/** Who is looking: nobody, or a signed-in demo account (its Cookie header). */
export interface Viewer {
  name: string;
  cookie: string;
}

/** Real values for each dynamic segment name, as they appear in links (already URL-encoded). */
export type RealIds = Map<string, string[]>;

const PER_VIEWER = 2;
const CRAWL_ROUNDS = 3;

function linksIn(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#?]*)/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
}

/**
 * Finds real ids by following links, the way a visitor would: every static page as each viewer
 * (the client's dashboard links their projects and contracts, /freelancers links profiles),
 * then pages found that way (a project links its client). Ids are pooled by segment name, so
 * one person's `[projectId]` is also tried under another's `/my/projects/[projectId]`: what a
 * viewer may not see must answer 404, not a 200 not-found page or a 500.
 */
export async function findRealIds(
  request: APIRequestContext,
  baseURL: string,
  routes: AppRoute[],
  viewers: Viewer[],
): Promise<RealIds> {
  // segment name → viewer → values, in the order found.
  const found = new Map<string, Map<string, string[]>>();
  const visited = new Set<string>();

  const visit = async (viewer: Viewer, path: string) => {
    if (visited.has(`${viewer.name} ${path}`)) return;
    visited.add(`${viewer.name} ${path}`);
    tally.set("crawl for real ids", (tally.get("crawl for real ids") ?? 0) + 1);
    const response = await request.get(baseURL + path, {
      headers: { cookie: viewer.cookie },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    if (response.status() !== 200) return;
    for (const link of linksIn(await response.text()))
      for (const route of routes.filter(isDynamic)) {
        const values = matchRoute(route, link, routes);
        for (const [name, value] of Object.entries(values ?? {})) {
          const byViewer = found.get(name) ?? new Map<string, string[]>();
          const list = byViewer.get(viewer.name) ?? [];
          if (!list.includes(value)) list.push(value);
          byViewer.set(viewer.name, list);
          found.set(name, byViewer);
        }
      }
  };

  let paths = routes.filter((route) => !isDynamic(route)).map((route) => pathFor(route, {}));
  for (let round = 0; round < CRAWL_ROUNDS && paths.length; round++) {
    await Promise.all(viewers.flatMap((viewer) => paths.map((path) => visit(viewer, path))));
    const ids = pickIds(found);
    paths = routes
      .filter(isDynamic)
      .filter((route) => route.segments.every((s) => s.kind === "static" || ids.has(s.name)))
      .map((route) => pathFor(route, firstValues(route, ids)));
  }
  return pickIds(found);
}

/** A few values per segment name from each viewer, so own and others' ids are both tried. */
function pickIds(found: Map<string, Map<string, string[]>>): RealIds {
  return new Map(
    [...found].map(([name, byViewer]) => {
      const values = [...byViewer.values()].flatMap((list) => list.slice(0, PER_VIEWER));
      return [name, [...new Set(values)]];
    }),
  );
}

export function firstValues(route: AppRoute, ids: RealIds): Record<string, string> {
  const values: Record<string, string> = {};
  for (const segment of route.segments)
    if (segment.kind === "dynamic") {
      const first = ids.get(segment.name)?.[0];
      if (first === undefined)
        throw new Error(
          `No real value for [${segment.name}] (${route.pattern}) in any link the demo accounts see: ` +
            "link to it from a page, or teach e2e/hostile/real-ids.ts where to find one.",
        );
      values[segment.name] = first;
    }
  return values;
}
