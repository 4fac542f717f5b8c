import type { APIRequestContext } from "@playwright/test";

import { problemsWith, type Answer, type Expectations } from "./response-checks";

/** One request of the sweep and what its answer must satisfy. */
export interface Probe {
  /** For the tally and the failure list: "pages × client × hostile query". */
  kind: string;
  /** What is swept, for grouping failures: a route pattern or a procedure path. */
  target: string;
  /** Which hostile input this is: "NUL", "1 MB string". */
  label: string;
  method: string;
  /** Path and query, raw: sent exactly as written. */
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  expect: Expectations;
  /** A further check of this probe's answer, e.g. "renders signed out". */
  also?: (answer: Answer) => string[];
}

export interface Failure {
  probe: Probe;
  status: number | null;
  problems: string[];
}

// A 2-core machine shared with the other specs' browsers: enough to keep the server busy.
const CONCURRENCY = 4;
const REQUEST_TIMEOUT_MS = 20_000;

/** Requests made in this worker, by kind, for the closing tally. */
export const tally = new Map<string, number>();

/**
 * How long each answer took, to name the slowest in a sweep's closing line. Not asserted:
 * this machine is shared and its timings are noise, but a hostile value that makes a page
 * take seconds is worth a look.
 */
export const timings: { ms: number; probe: Probe }[] = [];

const shorten = (url: string) =>
  url.length <= 140 ? url : `${url.slice(0, 100)}…(${url.length} chars)…${url.slice(-30)}`;

export function describeFailure({ probe, status, problems }: Failure): string {
  const body =
    probe.body === undefined
      ? ""
      : ` body ${probe.body.length > 60 ? `(${probe.body.length} bytes) ` : ""}${JSON.stringify(
          probe.body.toString().slice(0, 60),
        )}`;
  return `${probe.method} ${shorten(probe.url)}${body} [${probe.kind}] → ${status ?? "no answer"}: ${problems.join("; ")}`;
}

/** One request, sent exactly as written; redirects are answers, not followed. */
export async function fetchAnswer(
  request: APIRequestContext,
  baseURL: string,
  probe: Pick<Probe, "method" | "url" | "headers" | "body">,
): Promise<Answer> {
  const response = await request.fetch(baseURL + probe.url, {
    method: probe.method,
    // An explicit (even empty) Cookie header keeps Playwright's cookie jar out of it: a
    // cookie one hostile answer set must not change who the next request is.
    headers: {
      cookie: "",
      // A server may answer a big body it refuses without reading it and then close the
      // connection: keep such a body off the shared keep-alive sockets other requests use.
      ...(probe.body && probe.body.length > 64 * 1024 ? { connection: "close" } : {}),
      ...probe.headers,
    },
    data: probe.body,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: REQUEST_TIMEOUT_MS,
  });
  return {
    status: response.status(),
    headers: response.headers(),
    body: probe.method === "HEAD" ? "" : (await response.body()).toString("utf8"),
  };
}

async function send(
  request: APIRequestContext,
  baseURL: string,
  probe: Probe,
): Promise<Failure | null> {
  tally.set(probe.kind, (tally.get(probe.kind) ?? 0) + 1);
  let answer: Answer;
  const started = Date.now();
  try {
    answer = await fetchAnswer(request, baseURL, probe);
    timings.push({ ms: Date.now() - started, probe });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    // Node (and so most HTTP clients and proxies) refuses answer headers over 16 KB.
    const problem = /Header overflow/i.test(reason)
      ? "answers with headers over 16 KB (a Location or cookie echoing the input?)"
      : `no answer: ${reason}`;
    return { probe, status: null, problems: [problem] };
  }
  const problems = [
    ...problemsWith(answer, probe.expect, baseURL),
    ...(probe.also?.(answer) ?? []),
  ];
  return problems.length ? { probe, status: answer.status, problems } : null;
}

/** Sends every probe, a few at a time, and returns the ones whose answers broke a rule. */
export async function sweep(
  request: APIRequestContext,
  baseURL: string,
  probes: Probe[],
): Promise<Failure[]> {
  const failures: Failure[] = [];
  let next = 0;
  const lane = async () => {
    while (next < probes.length) {
      const failure = await send(request, baseURL, probes[next++]!);
      if (failure) failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return failures;
}

/** Counts by kind, for a test's closing line. */
export function countByKind(probes: Probe[]): string {
  const counts = new Map<string, number>();
  for (const probe of probes) counts.set(probe.kind, (counts.get(probe.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${kind}: ${count}`).join(", ");
}
