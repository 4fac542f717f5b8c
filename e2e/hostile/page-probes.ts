import {
  allKeysValues,
  GENERIC_QUERY_KEYS,
  hostileQueryValues,
  hostileSegments,
  hostileSegmentsAround,
  type Depth,
} from "./hostile-values";
import { isDynamic, pathFor, type AppRoute } from "./app-routes";
import { firstValues, type RealIds, type Viewer } from "./real-ids";
import type { Probe } from "./sweep";

/**
 * Every page route as one viewer sees it: with each real id found, with hostile path segments
 * in place of each id, with hostile values in each query key the page reads (one request per
 * key and value), and with every key at once (generic and the page's own) per value and
 * repeated.
 */
export function pageProbes(
  routes: AppRoute[],
  ids: RealIds,
  viewer: Viewer,
  depth: Depth,
): Probe[] {
  const probe = (variant: string, target: string, label: string, url: string): Probe => ({
    kind: `pages × ${viewer.name} × ${variant}`,
    target,
    label,
    method: "GET",
    url,
    headers: { cookie: viewer.cookie },
    expect: { page: true, signedIn: viewer.cookie !== "" },
  });
  return routes.flatMap((route) => {
    const base = firstValues(route, ids);
    const basePath = pathFor(route, base);
    const probes: Probe[] = [];

    if (!isDynamic(route)) probes.push(probe("real path", route.pattern, "", basePath));
    for (const segment of route.segments) {
      if (segment.kind !== "dynamic") continue;
      for (const value of ids.get(segment.name)!)
        probes.push(
          probe(
            "real id",
            route.pattern,
            value,
            pathFor(route, { ...base, [segment.name]: value }),
          ),
        );
      const hostile = [
        ...hostileSegments(depth),
        ...hostileSegmentsAround(base[segment.name]!, depth),
      ];
      for (const value of hostile)
        probes.push(
          probe(
            "hostile segment",
            `${route.pattern} [${segment.name}]`,
            value.label,
            pathFor(route, { ...base, [segment.name]: value.raw }),
          ),
        );
    }

    for (const key of route.queryKeys) {
      for (const value of hostileQueryValues(depth))
        probes.push(
          probe(
            "hostile query",
            `${route.pattern}?${key}`,
            value.label,
            `${basePath}?${key}=${value.raw}`,
          ),
        );
      if (depth === "full")
        probes.push(
          probe(
            "hostile query",
            `${route.pattern}?${key}`,
            "repeated",
            `${basePath}?${key}=a&${key}=b&${key}=`,
          ),
        );
    }
    const allKeys = [...new Set([...GENERIC_QUERY_KEYS, ...route.queryKeys])];
    for (const value of allKeysValues(depth))
      probes.push(
        probe(
          "hostile query, all keys",
          `${route.pattern}?*`,
          value.label,
          `${basePath}?${allKeys.map((key) => `${key}=${value.raw}`).join("&")}`,
        ),
      );
    probes.push(
      probe(
        "hostile query, all keys",
        `${route.pattern}?*`,
        "repeated",
        `${basePath}?${allKeys.map((key) => `${key}=a&${key}=b%5B%5D&${key}%5B%5D=c`).join("&")}`,
      ),
    );
    return probes;
  });
}
