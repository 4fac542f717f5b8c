import type { APIRequestContext } from "@playwright/test";

import { isDynamic, matchRoute, pathFor, type AppRoute } from "./app-routes";
import { tally } from "./sweep";

/** Who is looking: nobody, or a signed-in demo account (its Cookie header). */
export interface Viewer {
  name: string;
  cookie: string;
}

/** Real values of dynamic segments, as they appear in links (already URL-encoded). Plain JSON. */
export interface RealIds {
  /** Segment name → a few values from each viewer's links: one's own and others' ids. */
  byName: Record<string, string[]>;
  /** `<viewer> <route pattern>` → the segment values of that viewer's links to that route. */
  byViewerRoute: Record<string, Record<string, string>[]>;
}

const PER_VIEWER = 2;
const CRAWL_ROUNDS = 3;
/** Links followed per viewer and route: other specs add contracts to the demo accounts first. */
const FOLLOW_PER_ROUTE = 6;
const PARALLEL_VISITS = 8;
/**
 * Segments no demo account may link to, with the segments whose real values they take: the
 * admin console needs a 2FA-proven admin (a person's page there is any person's id), and the
 * demo data has no disputes (another spec may open one first; until then a contract's id in
 * a dispute's place must answer 404).
 */
const ALIASES: Record<string, string[]> = {
  userId: ["freelancerId", "clientId"],
  disputeId: ["contractId"],
};

function linksIn(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#?]*)/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
}

/**
 * Finds real ids by following links, the way a visitor would: every static page as each viewer
 * (the client's dashboard links their projects and contracts, /freelancers links profiles),
 * then pages found that way (a project links its client). Every value of a segment name is
 * tried on every route with that segment, so one person's `[projectId]` is also tried under
 * another's `/my/projects/[projectId]`: what a viewer may not see must answer 404, not a 200
 * not-found page or a 500.
 */
export async function findRealIds(
  request: APIRequestContext,
  baseURL: string,
  routes: AppRoute[],
  viewers: Viewer[],
): Promise<RealIds> {
  const ids: RealIds = { byName: {}, byViewerRoute: {} };
  const found: Record<string, Record<string, string[]>> = {}; // name → viewer → values
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
        if (!values) continue;
        const key = `${viewer.name} ${route.pattern}`;
        const links = (ids.byViewerRoute[key] ??= []);
        if (!links.some((seen) => JSON.stringify(seen) === JSON.stringify(values)))
          links.push(values);
        for (const [name, value] of Object.entries(values)) {
          const list = ((found[name] ??= {})[viewer.name] ??= []);
          if (!list.includes(value)) list.push(value);
        }
      }
    for (const [name, byViewer] of Object.entries(found))
      ids.byName[name] = [
        ...new Set(Object.values(byViewer).flatMap((list) => list.slice(0, PER_VIEWER))),
      ];
  };

  const staticPaths = routes.filter((route) => !isDynamic(route)).map((r) => pathFor(r, {}));
  let visits = viewers.flatMap((viewer) => staticPaths.map((path) => ({ viewer, path })));
  for (let round = 0; round < CRAWL_ROUNDS && visits.length; round++) {
    for (let i = 0; i < visits.length; i += PARALLEL_VISITS)
      await Promise.all(
        visits.slice(i, i + PARALLEL_VISITS).map(({ viewer, path }) => visit(viewer, path)),
      );
    visits = viewers.flatMap((viewer) =>
      routes.filter(isDynamic).flatMap((route) => {
        const own = ids.byViewerRoute[`${viewer.name} ${route.pattern}`] ?? [];
        const values = own.length
          ? own.slice(0, FOLLOW_PER_ROUTE)
          : [valuesFor(route, ids, viewer.name)];
        return values.flatMap((v) => (v ? [{ viewer, path: pathFor(route, v) }] : []));
      }),
    );
  }
  return ids;
}

/**
 * Segment values for a route as a viewer would reach it: from that viewer's own links to it
 * (the client's own project under /my/projects), else anyone's, else any value of each
 * segment name. Null when some segment has no value at all.
 */
function valuesFor(route: AppRoute, ids: RealIds, viewer: string) {
  const linked =
    ids.byViewerRoute[`${viewer} ${route.pattern}`]?.[0] ??
    Object.entries(ids.byViewerRoute).find(([key]) => key.endsWith(` ${route.pattern}`))?.[1][0];
  if (linked) return linked;
  const values: Record<string, string> = {};
  for (const segment of route.segments) {
    if (segment.kind !== "dynamic") continue;
    const first = valuesNamed(ids, segment.name)[0];
    if (first === undefined) return null;
    values[segment.name] = first;
  }
  return values;
}

/** The values to build a route's path with for this viewer; a route no link leads to fails. */
export function firstValues(route: AppRoute, ids: RealIds, viewer = "anonymous") {
  const values = valuesFor(route, ids, viewer);
  if (!values)
    throw new Error(
      `No real value for a segment of ${route.pattern} in any link the demo accounts see: ` +
        "link to it from a page, or teach e2e/hostile/real-ids.ts where to find one.",
    );
  return values;
}

/** The real values of a segment name, or of the names it takes values from (`ALIASES`). */
export function valuesNamed(ids: RealIds, name: string): string[] {
  for (const each of [name, ...(ALIASES[name] ?? [])]) {
    const values = ids.byName[each];
    if (values?.length) return values;
  }
  return [];
}
