import { constants, gzipSync } from "node:zlib";

import { startDemoSite, type DemoPages } from "./demo-site";

/**
 * First-load JavaScript of the pages a signed-out visitor lands on: every `<script src>` in
 * the server's HTML (the `noModule` polyfill aside, which modern browsers skip), fetched and
 * gzipped one file at a time at level 9, as a CDN would serve them. The same-run baseline is
 * /terms, a page with no client component of its own: what the framework alone costs.
 */
const AIM_KIB = 130;
const SCRIPT_TAG = /<script\b[^>]*>/gi;

function scriptSources(html: string) {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(tag)?.[1];
    if (src) sources.add(src.replaceAll("&amp;", "&"));
  }
  return [...sources];
}

async function pageWeight(origin: string, pathname: string) {
  const response = await fetch(origin + pathname);
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

export async function benchPageWeight() {
  console.log(
    "page weight: first-load JS of each page signed out (every <script src> but noModule; gzip level 9)",
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
      console.log(
        `  ${label.padEnd(36)} ${kib(weight.gzip).padStart(10)} gzip  ${kib(weight.raw).padStart(10)} raw  ` +
          `${String(weight.scripts).padStart(2)} scripts${verdict}`,
      );
    }
  } finally {
    await site.stop();
  }
}
