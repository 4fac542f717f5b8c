import {
  allKeysValues,
  GENERIC_QUERY_KEYS,
  hostileQueryValues,
  hostileSegments,
  hostileSegmentsAround,
  type Depth,
} from "./hostile-values";
import { isDynamic, pathFor, type AppRoute } from "./app-routes";
import { firstValues, type RealIds, valuesNamed, type Viewer } from "./real-ids";
import type { Probe } from "./sweep";

const pageProbe =
  (viewer: Viewer) =>
  (variant: string, target: string, label: string, url: string): Probe => ({
    kind: `pages × ${viewer.name} × ${variant}`,
    target,
    label,
    method: "GET",
    url,
    headers: { cookie: viewer.cookie },
    expect: { page: true, signedIn: viewer.cookie !== "" },
  });

/**
 * Every page route as one viewer sees it, by path: a static page as it is, a dynamic one with
 * each real id found and with hostile path segments in place of each id.
 */
export function pathProbes(routes: AppRoute[], ids: RealIds, viewer: Viewer, depth: Depth) {
  const probe = pageProbe(viewer);
  return routes.flatMap((route) => {
    const base = firstValues(route, ids, viewer.name);
    if (!isDynamic(route)) return [probe("real path", route.pattern, "", pathFor(route, base))];
    return route.segments.flatMap((segment) => {
      if (segment.kind !== "dynamic") return [];
      const at = (value: string) => pathFor(route, { ...base, [segment.name]: value });
      const hostile = [
        ...hostileSegments(depth),
        ...hostileSegmentsAround(base[segment.name]!, depth),
      ];
      return [
        ...valuesNamed(ids, segment.name).map((id) => probe("real id", route.pattern, id, at(id))),
        ...hostile.map((value) =>
          probe(
            "hostile segment",
            `${route.pattern} [${segment.name}]`,
            value.label,
            at(value.raw),
          ),
        ),
      ];
    });
  });
}

/**
 * Every page route as one viewer sees it, by query string: hostile values in each key the
 * page reads (one request per key and value), then every key at once (the generic ones and
 * the page's own) per value, and repeated.
 */
export function queryProbes(routes: AppRoute[], ids: RealIds, viewer: Viewer, depth: Depth) {
  const probe = pageProbe(viewer);
  return routes.flatMap((route) => {
    const path = pathFor(route, firstValues(route, ids, viewer.name));
    const probes: Probe[] = [];
    for (const key of route.queryKeys) {
      const target = `${route.pattern}?${key}`;
      for (const value of hostileQueryValues(depth))
        probes.push(probe("hostile query", target, value.label, `${path}?${key}=${value.raw}`));
      if (depth === "full")
        probes.push(
          probe("hostile query", target, "repeated", `${path}?${key}=a&${key}=b&${key}=`),
        );
    }
    const allKeys = [...new Set([...GENERIC_QUERY_KEYS, ...route.queryKeys])];
    const every = (raw: (key: string) => string) => `${path}?${allKeys.map(raw).join("&")}`;
    for (const value of allKeysValues(depth))
      probes.push(
        probe(
          "hostile query, all keys",
          `${route.pattern}?*`,
          value.label,
          every((key) => `${key}=${value.raw}`),
        ),
      );
    probes.push(
      probe(
        "hostile query, all keys",
        `${route.pattern}?*`,
        "repeated",
        every((key) => `${key}=a&${key}=b%5B%5D&${key}%5B%5D=c`),
      ),
    );
    return probes;
  });
}
