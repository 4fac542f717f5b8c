import type { Browser, Page, TestInfo } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

/*
 * Two seeded accounts no other spec uses (their saved searches and notifications are this
 * journey's alone): Mateo Rossi, a freelancer, and Hiroshi Tanaka, a client.
 */
const FREELANCER = "mateo@freelance.example";
const CLIENT = "hiroshi@kumo-labs.example";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, email);
  // Hashing the password takes seconds on a loaded two-core machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
  return { context, page };
}

/**
 * Switches the colour scheme and waits for the colours' transitions (buttons, cards) to end:
 * a check or a picture taken halfway would see neither scheme.
 */
async function switchColorScheme(page: Page, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
}

/** Axe in light and dark, on a desktop and on a phone, on the page as it stands. */
async function expectAccessibleEverywhere(page: Page) {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ["light", "dark"] as const) {
      await switchColorScheme(page, colorScheme);
      await expectAccessible(page);
    }
  }
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: "light" });
}

/** The page (or one part of it) at desktop and phone widths, light and dark, for people to look at. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ["light", "dark"] as const) {
      await switchColorScheme(page, colorScheme);
      await page.screenshot({
        path: testInfo.outputPath(`${name}-${viewport.width}-${colorScheme}.png`),
        fullPage: true,
      });
    }
  }
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: "light" });
}

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

/** Starts from nothing unread, whatever the seed or an earlier run left. */
async function readEverything(page: Page) {
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const markAll = page.getByRole("button", { name: "Mark all as read" });
  if ((await markAll.count()) > 0 && (await markAll.isEnabled())) {
    await markAll.click();
    await expect(page.getByText("Nothing unread.")).toBeVisible();
  }
}

async function postProject(page: Page, title: string) {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Description")
    .fill("A dashboard for our weather stations: live readings, alerts and a yearly report.");
  await page.getByLabel("Budget from").fill("2,000");
  await page.getByLabel("Budget up to").fill("4,000");
  await page.getByLabel("React", { exact: true }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Publish project" }).click();
  await expect(page.getByText(/^Open ·/)).toBeVisible();
  return page.url().replace("/my/projects/", "/projects/");
}

test("a freelancer saves a search, manages it, and hears of a new project that matches", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  // A word no project has yet: the search finds nothing until the client posts one.
  const word = `zephyr${Date.now().toString(36)}`;
  const freelancer = await signedIn(browser, FREELANCER);
  const { page } = freelancer;
  await readEverything(page);

  // Search /projects for the word, and save the search.
  await page.goto("/projects");
  const search = page.getByRole("search", { name: "Search projects" });
  await search.getByLabel("Search").fill(word);
  await search.getByLabel("Budget type").selectOption({ label: "Fixed price" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}&type=fixed`));
  await expect(page.getByRole("heading", { name: "No projects match" })).toBeVisible();
  const opener = page.getByRole("button", { name: "Save this search" });
  await expect(opener).toHaveAttribute("aria-expanded", "false");
  await opener.click();
  await expect(opener).toHaveAttribute("aria-expanded", "true");
  const form = page.getByRole("form", { name: "Save this search" });
  const name = form.getByLabel("Name");
  await expect(name).toBeFocused();
  await expect(name).toHaveValue(word);
  await expect(form.getByLabel("Alert me at once")).toBeChecked();
  // An empty name is refused in place; the form keeps what was chosen.
  await name.fill("");
  await form.getByRole("button", { name: "Save search" }).click();
  await expect(form.getByText("Give the search a name.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("Weather stations");
  await expectAccessibleEverywhere(page);
  await screenshots(page, testInfo, "save-form");
  await form.getByRole("button", { name: "Save search" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Saved “Weather stations”." });
  await expect(saved).toBeVisible();

  // It is listed on the dashboard, with what it searches and its alert.
  await saved.getByRole("link", { name: "Manage saved searches" }).click();
  await expect(page).toHaveURL(/\/dashboard\/saved-searches$/);
  await expect(page.getByRole("heading", { level: 1, name: "Saved searches" })).toBeVisible();
  const item = page.getByRole("article", { name: "Weather stations" });
  await expect(item).toContainText(`Looks for: “${word}” · Fixed price`);
  await expect(item.getByRole("link", { name: /^Open search/ })).toHaveAttribute(
    "href",
    `/projects?q=${word}&type=fixed`,
  );
  const alerts = item.getByLabel("Alerts for “Weather stations”");
  await expect(alerts).toHaveValue("instantly");

  // The alert changes at once, says so, and sticks.
  await alerts.selectOption({ label: "Once a day" });
  await expect(item.getByText("Saved: you will hear of new matches once a day.")).toBeVisible();
  await page.reload();
  await expect(alerts).toHaveValue("daily");
  await alerts.selectOption({ label: "Alert me at once" });
  await expect(item.getByText("Saved: you will hear of each new match at once.")).toBeVisible();
  await page.reload();
  await expect(alerts).toHaveValue("instantly");
  // A change the server never gets is put back, and says so.
  await page.route("**/api/trpc/savedSearch.update**", (route) => route.abort());
  await alerts.selectOption({ label: "No alerts" });
  await expect(item.getByText(/^Not saved\./)).toBeVisible();
  await expect(alerts).toHaveValue("instantly");
  await page.unroute("**/api/trpc/savedSearch.update**");

  // Rename inline: focus goes into the name and back to Rename.
  const rename = item.getByRole("button", { name: "Rename “Weather stations”" });
  await rename.click();
  const renameForm = page.getByRole("form", { name: "Rename “Weather stations”" });
  await expect(renameForm.getByLabel("Name")).toBeFocused();
  await renameForm.getByLabel("Name").fill("Weather dashboards");
  await renameForm.getByRole("button", { name: "Save name" }).click();
  const renamed = page.getByRole("article", { name: "Weather dashboards" });
  await expect(renamed.getByText("Renamed to “Weather dashboards”.")).toBeVisible();
  await expect(renamed.getByRole("button", { name: "Rename “Weather dashboards”" })).toBeFocused();
  await expectAccessibleEverywhere(page);
  await screenshots(page, testInfo, "saved-searches");
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Weather dashboards" })).toBeVisible();
  await expect(renamed.getByLabel("Alerts for “Weather dashboards”")).toHaveValue("instantly");

  // A client posts and publishes a project with the word.
  const client = await signedIn(browser, CLIENT);
  const title = `Weather station dashboard ${word}`;
  const projectUrl = await postProject(client.page, title);

  // The match job runs a few seconds after publishing (the server's worker): the freelancer's
  // bell counts it. Each look reloads, so it holds whether or not the page hears it live.
  await expect
    .poll(
      async () => {
        await page.reload();
        return bell(page).getAttribute("aria-label");
      },
      { timeout: 45_000, intervals: [2_000] },
    )
    .toBe("Notifications, 1 unread");
  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  const notice = page
    .getByRole("list", { name: "Notifications" })
    .getByRole("listitem")
    .filter({ hasText: word });
  const text = `A new project matches your saved search “Weather dashboards”: ${title}.`;
  await expect(notice).toContainText(text);
  await notice.getByRole("link", { name: text }).click();
  await expect(page).toHaveURL(projectUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The search now finds it; the page still offers to save the search (once more).
  await page.goto(`/projects?q=${word}&type=fixed`);
  await expect(page.getByRole("list", { name: "Projects" }).getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Save this search" })).toBeEnabled();

  // Delete, after a confirmation; the page says so and focus lands on its heading.
  await page.goto("/dashboard/saved-searches");
  await page
    .getByRole("article", { name: "Weather dashboards" })
    .getByRole("button", { name: "Delete “Weather dashboards”" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Delete “Weather dashboards”?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete search" }).click();
  await expect(page.getByText("Deleted “Weather dashboards”.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Saved searches" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "No saved searches yet" })).toBeVisible();
  for (const colorScheme of ["light", "dark"] as const) {
    await switchColorScheme(page, colorScheme);
    await expectAccessible(page);
  }

  await client.context.close();
  await freelancer.context.close();
});

test("visitors and clients are offered no saved searches", async ({ browser, page }) => {
  test.slow();
  await page.goto("/projects?q=kiosk");
  await expect(page.getByRole("heading", { level: 1, name: "Open projects" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save this search" })).toHaveCount(0);
  await page.goto("/dashboard/saved-searches");
  await expect(page).toHaveURL(/\/signin\?next=%2Fdashboard%2Fsaved-searches$/);

  const client = await signedIn(browser, CLIENT);
  await client.page.goto("/projects?q=kiosk");
  await expect(client.page.getByRole("heading", { level: 1, name: "Open projects" })).toBeVisible();
  await expect(client.page.getByRole("button", { name: "Save this search" })).toHaveCount(0);
  await client.page.goto("/dashboard/saved-searches");
  await expect(client.page.getByText("Saved searches are for freelancers")).toBeVisible();
  await expectAccessible(client.page);
  await client.context.close();
});
