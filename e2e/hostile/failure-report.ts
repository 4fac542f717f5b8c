import { writeFileSync } from "node:fs";
import { expect, type TestInfo } from "@playwright/test";

import { countByKind, describeFailure, timings, type Failure, type Probe } from "./sweep";

/**
 * Closes one sweep: logs how many requests of which kinds it sent, keeps every failing case in
 * `failures.txt` beside the test's results, and fails with the cases grouped (same kind, target,
 * status and problems) so a defect that breaks forty variants reads as one line.
 */
export async function expectNoFailures(
  testInfo: TestInfo,
  probes: Probe[],
  failures: Failure[],
): Promise<void> {
  const counts = countByKind(probes);
  const swept = new Set(probes);
  const slowest = timings
    .filter(({ probe }) => swept.has(probe))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map(({ ms, probe }) => `${ms} ms ${probe.method} ${probe.target} (${probe.label})`);
  console.log(
    `[hostile-input] ${testInfo.title}: ${probes.length} requests (${counts}); ${failures.length} failed; ` +
      `slowest: ${slowest.join(", ")}`,
  );
  testInfo.annotations.push({ type: "requests", description: `${probes.length}: ${counts}` });
  if (failures.length === 0) return;

  const file = testInfo.outputPath("failures.txt");
  writeFileSync(file, failures.map(describeFailure).sort().join("\n") + "\n");
  await testInfo.attach("failures.txt", { path: file, contentType: "text/plain" });

  const groups = new Map<string, string[]>();
  for (const { probe, status, problems } of failures) {
    const key = `[${probe.kind}] ${probe.method} ${probe.target} → ${status ?? "no answer"}: ${problems.join("; ")}`;
    groups.set(key, [...(groups.get(key) ?? []), probe.label]);
  }
  const summary = [...groups]
    .map(([key, labels]) => `${key}  (${labels.length}: ${labels.join(" | ").slice(0, 300)})`)
    .sort();
  expect(summary, `${failures.length} of ${probes.length} hostile requests broke a rule`).toEqual(
    [],
  );
}
