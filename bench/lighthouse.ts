import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type lighthouse from "lighthouse";
import type { Config, Flags } from "lighthouse";

import { freePort } from "../e2e/standalone-server";
import { startDemoSite, type DemoPages } from "./demo-site";

/**
 * Lighthouse 12's performance score of the pages a signed-out visitor lands on, with its mobile
 * (simulated slow 4G, 4x CPU slowdown) and desktop presets, in Debian's headless Chromium. Each
 * page is measured RUNS times, rounds interleaved so a busy moment of the shared machine does
 * not fall on one page only; medians are reported. The same-run baseline is /terms, a page with
 * no client component of its own: the score the framework alone allows on this machine.
 */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
const AIMS = { mobile: 90, desktop: 98 } as const;

const measured: (keyof DemoPages)[] = ["baseline", "home", "projects"];
const labels: Partial<Record<keyof DemoPages, string>> = {
  baseline: "baseline: /terms",
  home: "/",
  projects: "/projects",
};

interface Sample {
  score: number;
  tbt: number;
  lcp: number;
  cls: number;
  /** Lighthouse's measure of the host CPU: the simulated slowdown multiplies what it saw. */
  benchmarkIndex: number;
}

/** Headless Chromium with the flags this machine's closed network needs, and its debugging port. */
async function startChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), "guild-lighthouse-"));
  const child = spawn(
    CHROMIUM,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    }
    rmSync(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error("Chromium did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function audit(
  run: typeof lighthouse,
  url: string,
  { port, config, warnings }: { port: number; config: Config | undefined; warnings: Set<string> },
) {
  const flags: Flags = { port, logLevel: "error", output: "json", onlyCategories: ["performance"] };
  const result = await run(url, flags, config);
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError)
    throw new Error(`${url}: ${lhr?.runtimeError?.message ?? "no result"}`);
  for (const warning of lhr.runWarnings) warnings.add(warning);
  const score = lhr.categories.performance?.score;
  if (score === null || score === undefined) throw new Error(`${url}: no performance score`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round(score * 100),
    tbt: value("total-blocking-time"),
    lcp: value("largest-contentful-paint"),
    cls: value("cumulative-layout-shift"),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  } satisfies Sample;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchLighthouse() {
  console.log(
    `lighthouse ${RUNS} runs per page and preset, medians (Lighthouse 12, ${CHROMIUM} headless; signed out)`,
  );
  const started = performance.now();
  // Loaded here, so the other benches do not pay for loading Lighthouse.
  const { default: lighthouseRun, desktopConfig } = await import("lighthouse");
  const presets: Record<keyof typeof AIMS, Config | undefined> = {
    mobile: undefined, // Lighthouse's default configuration is the mobile one
    desktop: desktopConfig,
  };
  const site = await startDemoSite();
  const warnings = new Set<string>();
  const samples = new Map<string, Sample[]>();
  try {
    const chromium = await startChromium();
    try {
      for (let round = 0; round < RUNS; round++) {
        for (const [preset, config] of Object.entries(presets)) {
          for (const page of measured) {
            const key = `${preset} ${page}`;
            const sample = await audit(lighthouseRun, site.url + site.pages[page], {
              port: chromium.port,
              config,
              warnings,
            });
            samples.set(key, [...(samples.get(key) ?? []), sample]);
          }
        }
      }
    } finally {
      await chromium.stop();
    }
  } finally {
    await site.stop();
  }

  for (const [preset, aim] of Object.entries(AIMS)) {
    const figure = (page: keyof DemoPages, metric: keyof Sample) =>
      median(samples.get(`${preset} ${page}`)!.map((sample) => sample[metric]));
    const baseline = figure("baseline", "score");
    console.log(`  ${preset} (aim: at least ${aim})`);
    for (const page of measured) {
      const score = figure(page, "score");
      const ratio =
        page === "baseline" ? "" : `   ratio to baseline ${(score / baseline).toFixed(2)}`;
      const scores = samples.get(`${preset} ${page}`)!.map((sample) => sample.score);
      console.log(
        `    ${labels[page]!.padEnd(18)} score ${String(score).padStart(3)} (${scores.join(", ")})   ` +
          `TBT ${figure(page, "tbt").toFixed(0).padStart(5)} ms   LCP ${figure(page, "lcp").toFixed(0).padStart(5)} ms   ` +
          `CLS ${figure(page, "cls").toFixed(3)}${ratio}`,
      );
    }
  }
  const indexes = [...samples.values()].flat().map((sample) => sample.benchmarkIndex);
  console.log(
    `  this machine's Lighthouse benchmarkIndex: median ${median(indexes).toFixed(0)} ` +
      `(${Math.min(...indexes).toFixed(0)} to ${Math.max(...indexes).toFixed(0)} over the runs)`,
  );
  for (const warning of warnings)
    console.log(`  Lighthouse warned: ${warning.replaceAll(/\s+/g, " ")}`);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
}
