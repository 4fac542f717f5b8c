import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";

import { isDynamic, pathFor, type AppRoute } from "./app-routes";
import { firstValues, type RealIds } from "./real-ids";
import { tally, type Probe } from "./sweep";

const probe = (
  kind: string,
  target: string,
  label: string,
  method: string,
  url: string,
  extra: Partial<Probe> = {},
): Probe => ({
  kind,
  target,
  label,
  method,
  url,
  expect: { page: true, smallErrors: true },
  ...extra,
});

export interface ServerAction {
  id: string;
  /** A page whose forms use it: Next looks an action up among the page's own. */
  page: string;
}

/**
 * The server actions the pages ship, scraped as an attacker would: the ids in each page's
 * no-JS forms (`$ACTION_ID_…`) and in its JavaScript (`createServerReference("…")`), as each
 * viewer sees the pages (the sign-out form is only there for a signed-in person). The garbage
 * is then sent without a session.
 */
export async function findServerActions(
  request: APIRequestContext,
  baseURL: string,
  pages: string[],
  cookies: string[],
): Promise<ServerAction[]> {
  const actions = new Map<string, string>();
  const scripts = new Map<string, string>();
  const fetchText = async (url: string, cookie = "") => {
    tally.set("crawl for server actions", (tally.get("crawl for server actions") ?? 0) + 1);
    const response = await request.get(baseURL + url, { headers: { cookie }, maxRedirects: 0 });
    return response.ok() ? response.text() : "";
  };
  await Promise.all(
    cookies.flatMap((cookie) =>
      pages.map(async (page) => {
        const html = await fetchText(page, cookie);
        for (const m of html.matchAll(/\$ACTION_ID_([0-9a-f]{40,})/g))
          if (!actions.has(m[1]!)) actions.set(m[1]!, page);
        for (const m of html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g))
          if (!scripts.has(m[1]!)) scripts.set(m[1]!, page);
      }),
    ),
  );
  await Promise.all(
    [...scripts].map(async ([script, page]) => {
      const js = await fetchText(script);
      for (const m of js.matchAll(/createServerReference\)?\("([0-9a-f]{40,})"/g))
        if (!actions.has(m[1]!)) actions.set(m[1]!, page);
    }),
  );
  return [...actions].map(([id, page]) => ({ id, page }));
}

const ACTION_BODIES: { label: string; contentType: string; body: string | Buffer }[] = [
  { label: "garbage", contentType: "text/plain;charset=UTF-8", body: "garbage" },
  { label: "empty", contentType: "text/plain;charset=UTF-8", body: "" },
  {
    label: '["$Q1"] (a Map that is not there)',
    contentType: "text/plain;charset=UTF-8",
    body: '["$Q1"]',
  },
  { label: '"$T" (a temporary reference)', contentType: "text/plain;charset=UTF-8", body: '"$T"' },
  {
    label: '["$@1"] (a promise that is not there)',
    contentType: "text/plain;charset=UTF-8",
    body: '["$@1"]',
  },
  {
    label: '["$K1"] (form data that is not there)',
    contentType: "text/plain;charset=UTF-8",
    body: '["$K1"]',
  },
  {
    label: "a path through __proto__",
    contentType: "text/plain;charset=UTF-8",
    body: '["$0:__proto__:toString"]',
  },
  {
    label: "object with __proto__",
    contentType: "text/plain;charset=UTF-8",
    body: '{"__proto__":{"then":1}}',
  },
  {
    label: "over 1 MB",
    contentType: "text/plain;charset=UTF-8",
    body: `["${"a".repeat(1_100_000)}"]`,
  },
  {
    label: "10,000-deep arrays",
    contentType: "text/plain;charset=UTF-8",
    body: "[".repeat(10_000) + "]".repeat(10_000),
  },
  {
    label: "invalid UTF-8",
    contentType: "text/plain;charset=UTF-8",
    body: Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]),
  },
  {
    label: "multipart garbage",
    contentType: "multipart/form-data; boundary=x",
    body: "--x\r\ngarbage\r\n--x--",
  },
  {
    label: "multipart, field 0 garbage",
    contentType: "multipart/form-data; boundary=x",
    body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$1:__proto__:toString"]\r\n--x\r\nContent-Disposition: form-data; name="1"\r\n\r\n{}\r\n--x--\r\n',
  },
  {
    label: "form-urlencoded",
    contentType: "application/x-www-form-urlencoded",
    body: "a=%ZZ&0=%E0%A4%A",
  },
];

const multipart = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(
      ([name, value]) =>
        `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join("") + "--x--\r\n";

/** Garbage to every server action (the `Next-Action` header), to made-up ones, and as no-JS form posts. */
export function serverActionProbes(actions: ServerAction[]): Probe[] {
  const kind = "framework × server action";
  const withHeader = (target: string, id: string, page: string) =>
    ACTION_BODIES.map(({ label, contentType, body }) =>
      probe(kind, target, label, "POST", page, {
        headers: { "next-action": id, "content-type": contentType },
        body,
      }),
    );
  const first = actions[0];
  return [
    ...actions.flatMap(({ id, page }) =>
      withHeader(`action ${id.slice(0, 8)}… on ${page}`, id, page),
    ),
    ...withHeader("made-up action id", randomBytes(21).toString("hex"), first?.page ?? "/signin"),
    ...["garbage", "a".repeat(5_000), "%ZZ", ""].map((id) =>
      probe(kind, "malformed action id", id.slice(0, 20) || "empty", "POST", "/signin", {
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
        body: "[]",
      }),
    ),
    ...(
      [
        {
          label: "no-JS post, real action id",
          fields: { [`$ACTION_ID_${first?.id ?? "0"}`]: "", email: "%ZZ" },
        },
        {
          label: "no-JS post, made-up action id",
          fields: { [`$ACTION_ID_${randomBytes(21).toString("hex")}`]: "" },
        },
        {
          label: "no-JS post, bound-action garbage",
          fields: { $ACTION_REF_1: "", "$ACTION_1:0": "{garbage", $ACTION_KEY: "x" },
        },
        {
          label: "no-JS post, bound action no-such-id",
          fields: { $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"nope","bound":"$@1"}' },
        },
      ] as { label: string; fields: Record<string, string> }[]
    ).map(({ label, fields }) =>
      probe(kind, "form post without Next-Action", label, "POST", first?.page ?? "/signin", {
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: multipart(fields),
      }),
    ),
  ];
}

const ODD_METHODS = ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];

/**
 * Every method but GET and POST, on every page and API route. An API route's dynamic segment
 * gets a value it serves (a procedure for tRPC, NextAuth's `session` otherwise), so the
 * method, not a 404 for the path, is what is answered.
 */
export function methodProbes(pages: AppRoute[], apis: AppRoute[], ids: RealIds): Probe[] {
  const apiValues = (route: AppRoute) =>
    Object.fromEntries(
      route.segments.flatMap((s) =>
        s.kind === "dynamic" ? [[s.name, s.name === "trpc" ? "marketplace.stats" : "session"]] : [],
      ),
    );
  const targets = [
    ...pages.map((route) => ({ route, path: pathFor(route, firstValues(route, ids)), page: true })),
    ...apis.map((route) => ({ route, path: pathFor(route, apiValues(route)), page: false })),
  ];
  return targets.flatMap(({ route, path, page }) =>
    ODD_METHODS.map((method) =>
      probe(`methods × ${page ? "pages" : "API routes"}`, route.pattern, method, method, path, {
        ...(method === "PUT" || method === "PATCH" || method === "DELETE"
          ? { headers: { "content-type": "text/plain" }, body: "garbage" }
          : {}),
        expect: { page, smallErrors: true },
      }),
    ),
  );
}

/** Next's own request headers and paths, with garbage in them. */
export function frameworkHeaderProbes(pages: AppRoute[], ids: RealIds): Probe[] {
  const kind = "framework × headers and paths";
  // Pages with the most logic of their own: those with ids and those reading the query.
  const paths = pages
    .filter((route) => isDynamic(route) || route.queryKeys.length > 0)
    .map((route) => pathFor(route, firstValues(route, ids)));
  const headerSets: { label: string; headers: Record<string, string> }[] = [
    { label: "RSC, state tree %ZZ", headers: { rsc: "1", "next-router-state-tree": "%ZZ" } },
    { label: "RSC, state tree [", headers: { rsc: "1", "next-router-state-tree": "[" } },
    {
      label: "RSC, state tree a string",
      headers: { rsc: "1", "next-router-state-tree": encodeURIComponent('"x"') },
    },
    {
      label: "RSC, state tree 1,000 deep",
      headers: {
        rsc: "1",
        "next-router-state-tree": encodeURIComponent("[".repeat(1_000) + "]".repeat(1_000)),
      },
    },
    {
      label: "RSC, state tree 10 KB",
      headers: { rsc: "1", "next-router-state-tree": "a".repeat(10_000) },
    },
    {
      label: "RSC prefetch, garbage tree",
      headers: { rsc: "1", "next-router-prefetch": "1", "next-router-state-tree": "{" },
    },
    {
      label: "segment prefetch garbage",
      headers: { rsc: "1", "next-router-segment-prefetch": "/%ZZ/__proto__" },
    },
    { label: "Next-Url garbage", headers: { rsc: "1", "next-url": "%E0%A4%A" } },
    {
      label: "forwarded host and proto",
      headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher" },
    },
    { label: "5,000-char request id", headers: { "x-request-id": "r".repeat(5_000) } },
    { label: "Accept: text/x-component", headers: { accept: "text/x-component" } },
    { label: "garbage Accept-Language", headers: { "accept-language": "%ZZ;q=abc,*;q=-1" } },
  ];
  const oddPaths = [
    "/%ff%fe",
    "/%00",
    "/%E0%A4%A",
    "/..%2f..%2fetc%2fpasswd",
    `/${"a".repeat(5_000)}`,
    "/_next/static/chunks/%ff%fe.js",
    "/_next/static/..%2f..%2fpackage.json",
    "/_next/image?url=%ff&w=1&q=1",
    "/_next/image?url=//evil.example/x.png&w=64&q=75",
    "/_next/data/garbage/index.json",
    "/api/%ZZ",
    "/api/trpc",
    "/api/trpc/",
  ];
  return [
    ...paths.flatMap((path) =>
      headerSets.map(({ label, headers }) => probe(kind, path, label, "GET", path, { headers })),
    ),
    ...oddPaths.map((path) => probe(kind, "odd path", path.slice(0, 60), "GET", path)),
  ];
}
