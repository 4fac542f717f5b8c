/**
 * The cache key under which `api.<path>.useQuery(input)` / `useSuspenseQuery(input)` keep a
 * query's answer in the browser: tRPC's `[path segments, { input, type: "query" }]`, without
 * `input` for a procedure that takes none. The server fills the same key so the client finds
 * the answer without asking again; a test checks it against tRPC's own `getQueryKey`.
 */
export function queryKeyFor(path: string, input: unknown) {
  return [
    path.split("."),
    input === undefined ? { type: "query" } : { input, type: "query" },
  ] as const;
}

/**
 * The key `api.<path>.useInfiniteQuery(input)` keeps its pages under: tRPC's
 * `[path segments, { input, type: "infinite" }]`, the input without its page (`cursor`,
 * `direction`), since one key holds every page. A test checks it against tRPC's `getQueryKey`.
 */
export function infiniteQueryKeyFor(path: string, input: Record<string, unknown>) {
  const { cursor: _cursor, direction: _direction, ...rest } = input;
  return [path.split("."), { input: rest, type: "infinite" }] as const;
}
