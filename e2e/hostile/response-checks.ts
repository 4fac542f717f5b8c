import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** What the sweep keeps of a response. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Expectations {
  /** An HTML page (not an API answer): the error and not-found pages apply. */
  page?: boolean;
  /** Sent with a real session cookie: the answer is one person's and must not be cached. */
  signedIn?: boolean;
  /** Error answers (but HTML pages) must be small: a refusal echoing a megabyte is an amplifier. */
  smallErrors?: boolean;
}

const SMALL_ERROR_BYTES = 16 * 1024;

/** React's escaping of text content, to find a heading in server-rendered HTML. */
const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#x27;");

/**
 * The headings of every not-found page (`src/app/**\/not-found.tsx`), as server-rendered
 * HTML shows them. Read from the sources so a segment's new not-found page is recognised.
 */
function notFoundHeadings(): string[] {
  const appDir = path.resolve("src/app");
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "not-found.tsx")
    .flatMap((file) => {
      const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(
        readFileSync(path.join(appDir, file), "utf8"),
      );
      if (!heading) return [];
      const jsxText = heading[1]!
        .replace(/\{"\s*"\}/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .replaceAll("&apos;", "'")
        .replaceAll("&quot;", '"')
        .replaceAll("&amp;", "&");
      return [`>${escapeHtml(jsxText)}</h1>`];
    });
}

const NOT_FOUND_HEADINGS = notFoundHeadings();

// The RSC payload of every page carries the not-found tree (for client navigations), so only
// rendered HTML (`>Page not found</h1>`) counts; a page that streamed before it knew (behind a
// loading.tsx) marks the boundary it swapped with the error's digest instead.
const HTTP_FALLBACK_DIGEST = /NEXT_HTTP_ERROR_FALLBACK;(\d{3})/;
// A server error caught by an error boundary mid-stream: `data-dgst="123"` in the HTML, or
// `E{"digest":"123"}` in the RSC payload (escaped once inside the HTML's inline scripts).
const ERROR_DIGESTS = [/data-dgst="(\d+)"/, /E\{\\?"digest\\?":\\?"(\d+)\\?"/];
const ERROR_PAGE_TEXTS = [
  ">Something went wrong</h1>",
  "Application error: a",
  "Internal Server Error",
];
// Frames, source paths and file positions: what a stack trace or an exception dump leaks.
const LEAKS: [RegExp, string][] = [
  [/\bat [\w$.<>[\] ]*\(?(?:file:\/\/|\/|node:)[^\s)"]*:\d+:\d+/, "a stack frame"],
  // A path on the server, not a link's path (seeded portfolio links end in /work/<slug>).
  [/(?<![\w.-])\/work\//, "a server path (/work/)"],
  // The checkout the server runs from (the working directory, as for reading src/app).
  [new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), "the checkout's path"],
  [/node_modules/, "a node_modules path"],
  [/\.tsx?:\d/, "a .ts file position"],
];

/**
 * Answers a shared cache may keep without explicit freshness (RFC 9110 §15.1, "heuristically
 * cacheable"), and every success and redirect: a signed-in person's copy of these must say
 * `private, no-store`. A 400, 413 or 431 refusal is never stored unless it asks to be, and the
 * edge sends those before it knows who is asking.
 */
const storableWithoutBeingTold = (status: number) =>
  status < 400 || [404, 405, 410, 414, 501].includes(status);

export function problemsWith(answer: Answer, expectations: Expectations, baseURL: string) {
  const problems: string[] = [];
  const { status, headers, body } = answer;
  if (status >= 500) problems.push(`status ${status}`);

  for (const [pattern, what] of LEAKS) if (pattern.test(body)) problems.push(`leaks ${what}`);

  const location = headers["location"];
  if (location && status >= 300 && status < 400) {
    try {
      if (new URL(location, baseURL).origin !== new URL(baseURL).origin)
        problems.push(`redirects off-site to ${location.slice(0, 80)}`);
    } catch {
      problems.push(`redirects to an unparsable Location ${location.slice(0, 80)}`);
    }
  }

  if (expectations.page) {
    if (ERROR_PAGE_TEXTS.some((marker) => body.includes(marker)))
      problems.push("shows the error page");
    const digest = ERROR_DIGESTS.map((pattern) => pattern.exec(body)).find(Boolean);
    if (digest) problems.push(`streams a server error (digest ${digest[1]})`);
    // Next's bare error document: the render failed (or stopped at notFound()) before a shell.
    // A redirect() is answered with it too, as a 307 whose body no browser shows.
    if (body.includes('<html id="__next_error__"') && status >= 200 && status < 300)
      problems.push(`renders Next's error document with status ${status}`);
    const fallback = HTTP_FALLBACK_DIGEST.exec(body);
    if (fallback && status !== Number(fallback[1]))
      problems.push(`streams a ${fallback[1]} page with status ${status}`);
    else if (NOT_FOUND_HEADINGS.some((heading) => body.includes(heading)) && status !== 404)
      problems.push(`shows the not-found page with status ${status}`);
  }

  if (expectations.signedIn && storableWithoutBeingTold(status)) {
    const cacheControl = headers["cache-control"] ?? "";
    if (!/\bprivate\b/.test(cacheControl) || !/\bno-store\b/.test(cacheControl))
      problems.push(`signed-in answer with Cache-Control "${cacheControl}"`);
  }

  // An HTML error is a whole page (the not-found page is 20 KB); other refusals are small.
  const html = (headers["content-type"] ?? "").includes("text/html");
  if (
    expectations.smallErrors &&
    !html &&
    status >= 400 &&
    Buffer.byteLength(body) > SMALL_ERROR_BYTES
  )
    problems.push(`error body of ${Buffer.byteLength(body)} bytes`);
  return problems;
}
