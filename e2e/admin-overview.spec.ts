import type { Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { queryE2eDatabase, signedInAdmin } from "./admin-session";
import { expect, test } from "./test";

/**
 * The admin overview under the production CSP: the charts draw with no violation, their tables
 * say what the database says, the period lives in the URL; then the jobs console pauses a name,
 * retries a dead job (which waits for the resume) and resumes it, each with a reason.
 */

const DAY = 86_400_000;

/** What a chart's table says: each row's start (ISO) and value, as numbers. */
async function tableOf(page: Page, chart: string) {
  return page.locator(`table[data-chart="${chart}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => ({
      start: row.getAttribute("data-start")!,
      value: Number(row.querySelector("td")!.getAttribute("data-value")),
    })),
  );
}

/** Rows of `table` whose `column` falls in [start, end): counted by the database itself. */
async function countBetween(table: string, column: string, start: number, end: number) {
  const [row] = await queryE2eDatabase(
    `select count(*) as n from ${table} where ${column} >= ? and ${column} < ?`,
    [start, end],
  );
  return Number(row!.n);
}

async function chargedBetween(currency: string, start: number, end: number) {
  const [row] = await queryE2eDatabase(
    `select coalesce(sum(e.amount_minor), 0) as n from ledger_entries e
     join ledger_transactions t on t.id = e.transaction_id
     where t.kind = 'charge' and e.amount_minor > 0 and e.currency = ?
       and t.created_at >= ? and t.created_at < ?`,
    [currency, start, end],
  );
  return Number(row!.n);
}

/** Other specs add people and money today as this runs: only finished buckets must agree. */
async function expectPastBucketsMatch(
  page: Page,
  chart: string,
  count: (start: number, end: number) => Promise<number>,
) {
  const rows = await tableOf(page, chart);
  expect(rows.length).toBeGreaterThan(1);
  const today = Math.floor(Date.now() / DAY) * DAY;
  for (const [i, row] of rows.entries()) {
    const start = Date.parse(row.start);
    const end = i + 1 < rows.length ? Date.parse(rows[i + 1]!.start) : today + DAY;
    if (end > today) continue;
    expect(`${chart} ${row.start}: ${row.value}`).toBe(
      `${chart} ${row.start}: ${await count(start, end)}`,
    );
  }
}

test("an admin reads the overview's charts and tables, switches period, and works the jobs", async ({
  browser,
}) => {
  test.slow();
  const { context, page } = await signedInAdmin(browser);
  // The admin's context is not the fixture's: watch its console for CSP reports as well.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Disputes needing attention" })).toBeVisible();
  await expect(page.getByText("No disputes need attention.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("heading", { name: "Sign-ups" })).toBeVisible();
  await expect(page.locator("figure svg rect").first()).toBeAttached();
  // Drawn on the server with no style attribute anywhere in a chart.
  expect(await page.locator("figure[style], figure [style]").count()).toBe(0);

  await expectPastBucketsMatch(page, "chart-signUps", (s, e) =>
    countBetween("users", "created_at", s, e),
  );
  await expectPastBucketsMatch(page, "chart-projectsPosted", (s, e) =>
    countBetween("projects", "published_at", s, e),
  );
  await expectPastBucketsMatch(page, "chart-contractsStarted", (s, e) =>
    countBetween("contracts", "created_at", s, e),
  );
  if ((await page.locator('table[data-chart="chart-charged-USD"]').count()) > 0)
    await expectPastBucketsMatch(page, "chart-charged-USD", (s, e) => chargedBetween("USD", s, e));

  // A table opens from its summary, by keyboard too.
  const summary = page.getByText("The numbers", { exact: false }).first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('table[data-chart="chart-signUps"]')).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("overview-dark.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("link", { name: "Last 365 days" }).click();
  await expect(page).toHaveURL(/\/admin\?period=365d$/);
  await expect(page.getByRole("link", { name: "Last 365 days" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.locator('table[data-chart="chart-signUps"] thead')).toContainText("Month");
  await expectPastBucketsMatch(page, "chart-signUps", (s, e) =>
    countBetween("users", "created_at", s, e),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("overview-phone.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // A dead job of a name of its own, as a worker would have left it.
  const name = `e2e.probe_${Date.now()}`;
  const id = crypto.randomUUID();
  const now = Date.now();
  await queryE2eDatabase(
    `insert into jobs (id, name, payload, status, run_at, attempts, max_attempts, last_error, created_at, finished_at)
     values (?, ?, '{}', 'dead', ?, 1, 1, 'Error: the probe failed on purpose', ?, ?)`,
    [id, name, now - 60_000, now - 60_000, now - 1_000],
  );
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page.getByRole("heading", { name: "Queues by name" })).toBeVisible();
  await expect(page.getByText("Error: the probe failed on purpose")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: `Pause ${name}` }).click();
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(page.getByText("Say why in a few words")).toBeVisible();
  await page.getByLabel("Reason (recorded in the audit log)").fill("Probing the pause");
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(page.getByText("Paused: its waiting jobs stay in line")).toBeVisible();
  await expect(page.getByRole("button", { name: `Resume ${name}` })).toBeVisible();

  await page.getByRole("button", { name: `Retry ${name} ${id}` }).click();
  await page.getByLabel("Reason (recorded in the audit log)").fill("Probing the retry");
  await page.getByRole("button", { name: "Retry job" }).click();
  await expect(page.getByText("The job is waiting to run again")).toBeVisible();
  // Paused: it waits, unclaimed, however often the engine looks.
  await page.waitForTimeout(1_500);
  const [held] = await queryE2eDatabase("select status, attempts from jobs where id = ?", [id]);
  expect(held).toMatchObject({ status: "waiting", attempts: 0 });

  await page.getByRole("button", { name: `Resume ${name}` }).click();
  await page.getByLabel("Reason (recorded in the audit log)").fill("Probing the resume");
  await page.getByRole("button", { name: "Resume", exact: true }).click();
  await expect(page.getByText("Resumed: its waiting jobs run again.")).toBeVisible();
  // It has no handler, so the engine claims it and it dies again after its one attempt.
  await expect
    .poll(
      async () => (await queryE2eDatabase("select status from jobs where id = ?", [id]))[0]?.status,
    )
    .toBe("dead");

  const events = await queryE2eDatabase(
    `select action, detail from audit_events where (target_type = 'job' and target_id = ?)
       or (target_type = 'job_name' and target_id = ?) order by id`,
    [id, name],
  );
  expect(events.map((event) => event.action)).toEqual(["job.paused", "job.retried", "job.resumed"]);
  expect(JSON.parse(String(events[1]!.detail))).toMatchObject({ reason: "Probing the retry" });
  await expectAccessible(page);

  expect(violations, "CSP violations in the admin's browser console").toEqual([]);
  await context.close();
});
