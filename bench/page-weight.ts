import { constants, gzipSync } from "node:zlib";

import { DEMO_PASSWORD } from "~/server/demo-data/seed-demo-data";
import { startDemoSite, type DemoPages } from "./demo-site";

/**
 * First-load JavaScript of the pages a signed-out visitor lands on: every script the server's
 * HTML loads, by `<script src>` or `<link rel="preload" as="script">` (the lazily loaded parts a
 * page renders come that way), but the `noModule` polyfill, which modern browsers skip; each
 * fetched and gzipped at level 9, as a CDN would serve it. The same-run baseline is /terms, a
 * page with no client component of its own: what the framework alone costs. A project's page
 * as a freelancer (proposal form, Save button) is shown too, against no aim.
 */
const AIM_KIB = 130;
const SCRIPT_TAG = /<script\b[^>]*>/gi;
const PRELOAD_TAG = /<link\b[^>]*\bas="script"[^>]*>/gi;

function scriptSources(html: string) {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    if (src) sources.add(src.replaceAll("&amp;", "&"));
  }
  for (const [tag] of html.matchAll(PRELOAD_TAG)) {
    const href = /\bhref="([^"]+)"/i.exec(tag)?.[1];
    if (href && /\brel="(pre|module)load"/i.test(tag)) sources.add(href.replaceAll("&amp;", "&"));
  }
  return [...sources];
}

/** The session cookie of a demo account, signed in as the sign-in form does. */
async function sessionCookie(origin: string, email: string) {
  const response = await fetch(`${origin}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email, password: DEMO_PASSWORD } }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!)
    .find((pair) => pair.startsWith("guild.session="));
  if (!response.ok || !cookie) throw new Error(`signing in as ${email}: ${response.status}`);
  return cookie;
}

async function pageWeight(origin: string, pathname: string, cookie?: string) {
  const response = await fetch(origin + pathname, cookie ? { headers: { cookie } } : {});
  if (!response.ok) throw new Error(`${pathname}: ${response.status}`);
  const sources = scriptSources(await response.text());
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const script = await fetch(new URL(src, origin));
    if (!script.ok) throw new Error(`${src}: ${script.status}`);
    const bytes = Buffer.from(await script.arrayBuffer());
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  }
  return { scripts: sources.length, raw, gzip };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (label: string, weight: { gzip: number; raw: number; scripts: number }) =>
  `  ${label.padEnd(36)} ${kib(weight.gzip).padStart(10)} gzip  ${kib(weight.raw).padStart(10)} raw  ` +
  `${String(weight.scripts).padStart(2)} scripts`;

export async function benchPageWeight() {
  console.log(
    "page weight: first-load JS of each page signed out (scripts and preloaded scripts but noModule; gzip level 9)",
  );
  const site = await startDemoSite();
  try {
    const labels: Record<keyof DemoPages, string> = {
      baseline: "baseline: /terms (framework only)",
      home: "/",
      projects: "/projects",
      project: "/projects/[id]",
    };
    const baseline = await pageWeight(site.url, site.pages.baseline);
    for (const [key, label] of Object.entries(labels) as [keyof DemoPages, string][]) {
      const weight = key === "baseline" ? baseline : await pageWeight(site.url, site.pages[key]);
      const verdict =
        key === "baseline"
          ? ""
          : `   ratio to baseline ${(weight.gzip / baseline.gzip).toFixed(2)}   ` +
            `${weight.gzip <= AIM_KIB * 1024 ? "within" : "over"} the ${AIM_KIB} KiB aim by ${kib(Math.abs(AIM_KIB * 1024 - weight.gzip))}`;
      console.log(line(label, weight) + verdict);
    }
    const cookie = await sessionCookie(site.url, "freelancer@guild.example");
    const freelancer = await pageWeight(site.url, site.pages.project, cookie);
    console.log(
      line("/projects/[id] as a freelancer", freelancer) +
        `   ratio to baseline ${(freelancer.gzip / baseline.gzip).toFixed(2)} (no aim)`,
    );
  } finally {
    await site.stop();
  }
}
