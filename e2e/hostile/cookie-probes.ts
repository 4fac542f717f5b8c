import type { APIRequestContext } from "@playwright/test";

import { pathFor, type AppRoute } from "./app-routes";
import { firstValues, type RealIds } from "./real-ids";
import type { Answer } from "./response-checks";
import { fetchAnswer, tally, type Probe } from "./sweep";

/** Procedures whose answer to a bad cookie shows it: public, public with input, signed-in only. */
const PROCEDURES = ["marketplace.stats", "project.listOpen", "account.me"];

/**
 * Session cookies that are no session: each must be treated exactly like no cookie at all.
 * `realCookie` is a working `guild.session=…` header, bent into near misses.
 */
export function malformedSessionCookies(realCookie: string): { label: string; cookie: string }[] {
  const [name, value = ""] = realCookie.split(/=(.*)/s);
  const flipped = value.slice(0, 40) + (value[40] === "A" ? "B" : "A") + value.slice(41);
  return [
    { label: "truncated UTF-8 escape", cookie: `${name}=%E0%A4%A` },
    { label: "lone percent", cookie: `${name}=%` },
    { label: "NUL escape", cookie: `${name}=%00` },
    { label: "garbage", cookie: `${name}=garbage` },
    {
      label: "garbage JWE",
      cookie: `${name}=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..AAAAAAAAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`,
    },
    {
      label: "unsigned JWT (alg none)",
      cookie: `${name}=eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4Iiwic3ViIjoieCJ9.`,
    },
    { label: "10 KB value", cookie: `${name}=${"a".repeat(10 * 1024)}` },
    { label: "repeated", cookie: `${name}=a; ${name}=b` },
    { label: "empty", cookie: `${name}=` },
    { label: "no equals sign", cookie: `${name}` },
    { label: "quoted", cookie: `${name}="abc"` },
    { label: "chunked garbage", cookie: `${name}.0=garbage; ${name}.1=garbage` },
    { label: "real cookie, one character flipped", cookie: `${name}=${flipped}` },
    { label: "real cookie truncated", cookie: `${name}=${value.slice(0, value.length / 2)}` },
    { label: "real cookie + junk", cookie: `${name}=${value}%ZZ` },
  ];
}

const signedOut = (answer: Answer) =>
  answer.body.includes('href="/signin"') && !answer.body.includes(">Sign out</button>");

/**
 * A probe sending a bad cookie to `url`, whose answer must match the anonymous one: the same
 * status and, for a page that renders, the signed-out header.
 */
function badCookieProbe(
  url: string,
  target: string,
  bad: { label: string; cookie: string },
  anonymous: Answer,
  page: boolean,
): Probe {
  return {
    kind: `cookies × ${page ? "pages" : "procedures"}`,
    target,
    label: bad.label,
    method: "GET",
    url,
    headers: { cookie: bad.cookie },
    expect: { page },
    also: (answer) => [
      ...(answer.status !== anonymous.status
        ? [`status ${answer.status} where signed out gets ${anonymous.status}`]
        : []),
      ...(page && answer.status === 200 && !signedOut(answer)
        ? ["does not render signed out"]
        : []),
    ],
  };
}

/**
 * Every page and a few procedures, each with every malformed cookie, checked against the
 * answer the same request gets with no cookie at all (fetched first).
 */
export async function cookieProbes(
  request: APIRequestContext,
  baseURL: string,
  routes: AppRoute[],
  ids: RealIds,
  realCookie: string,
): Promise<Probe[]> {
  const targets = [
    ...routes.map((route) => ({
      target: route.pattern,
      url: pathFor(route, firstValues(route, ids)),
      page: true,
    })),
    ...PROCEDURES.map((path) => ({ target: path, url: `/api/trpc/${path}`, page: false })),
  ];
  const baselines = await Promise.all(
    targets.map(({ url }) => {
      tally.set("cookies × no cookie", (tally.get("cookies × no cookie") ?? 0) + 1);
      return fetchAnswer(request, baseURL, { method: "GET", url });
    }),
  );
  return targets.flatMap(({ target, url, page }, i) =>
    malformedSessionCookies(realCookie).map((bad) =>
      badCookieProbe(url, target, bad, baselines[i]!, page),
    ),
  );
}
