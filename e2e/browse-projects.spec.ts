import type { Page } from "@playwright/test";

import { expect, test } from "./test";

import { expectAccessible } from "./a11y";

/** On a phone the filters fold behind a "Filters" button; on wider screens they are always shown. */
async function showFilters(page: Page) {
  const toggle = page.getByRole("button", { name: /^Filters/ });
  if (await toggle.isVisible()) {
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
  }
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`browsing projects (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("home page shows the marketplace and the latest projects", async ({ page }) => {
      await page.goto("/");
      await expect(
        page.getByRole("heading", {
          level: 1,
          name: "Good work, fairly found.",
        }),
      ).toBeVisible();
      const latest = page.getByRole("list", { name: "Latest projects" }).getByRole("article");
      await expect(latest).toHaveCount(4);
      await expectAccessible(page);
    });

    test("lists open projects, pages through them and opens one", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Browse open projects" }).click();
      await expect(page).toHaveURL(/\/projects$/);
      await expect(page.getByRole("heading", { level: 1, name: "Open projects" })).toBeVisible();

      const cards = page.getByRole("list", { name: "Projects" }).getByRole("article");
      await expect(cards).toHaveCount(20);
      const firstPageTitles = await cards.getByRole("heading").allTextContents();
      await expectAccessible(page);

      const pager = page.getByRole("navigation", { name: "Pagination" });
      await expect(pager.getByRole("link", { name: /Newer projects/ })).toHaveCount(0);
      await pager.getByRole("link", { name: /Older projects/ }).click();
      await expect(page).toHaveURL(/cursor=/);
      await expect(cards).toHaveCount(20);
      const secondPageTitles = await cards.getByRole("heading").allTextContents();
      expect(secondPageTitles).not.toEqual(firstPageTitles);

      await pager.getByRole("link", { name: /Newer projects/ }).click();
      await expect(page).toHaveURL(/direction=backward/);
      await expect(cards.getByRole("heading")).toHaveText(firstPageTitles);

      const title = firstPageTitles[0]!;
      await cards.first().getByRole("link", { name: title }).click();
      await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Project summary" })).toBeVisible();
      await expect(page.getByRole("list", { name: "Skills needed" })).toBeVisible();
      await expect(page).toHaveTitle(`${title} · Guild`);
      await expectAccessible(page);

      await page.getByRole("link", { name: "All open projects" }).click();
      await expect(page).toHaveURL(/\/projects$/);
    });

    test("an unknown project is a proper 404 page", async ({ page }) => {
      const response = await page.goto("/projects/does-not-exist");
      expect(response?.status()).toBe(404);
      await expect(
        page.getByRole("heading", { name: "We couldn't find that project" }),
      ).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("link", { name: "Browse open projects" }).click();
      await expect(page).toHaveURL(/\/projects$/);
    });
  });
}

test("search finds projects by words as typed, highlights them, and keeps filters in the URL", async ({
  page,
}) => {
  await page.goto("/projects");
  await page.getByRole("searchbox", { name: "Search" }).fill("transl");
  await showFilters(page);
  await page.getByLabel("Sort by").selectOption("newest");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=transl/);
  await expect(page).toHaveURL(/sort=newest/);
  const cards = page.getByRole("list", { name: "Projects" }).getByRole("article");
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().locator("mark").first()).toHaveText(/^transl/i);
  await expectAccessible(page);

  // Shared or reloaded, the same search.
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("transl");
  await expect(page.getByLabel("Sort by")).toHaveValue("newest");

  await page.getByRole("searchbox", { name: "Search" }).fill("zzzqqq");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "No projects match" })).toBeVisible();
});

test("filters by skill and budget, and every result fits them", async ({ page }) => {
  await page.goto("/projects");
  await showFilters(page);
  await page
    .getByRole("combobox", { name: "Skill", exact: true })
    .selectOption({ label: "Shopify" });
  await page.getByLabel("Budget from").fill("3,000");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/skills=shopify/);
  await expect(page).toHaveURL(/min=3%2C000/);
  const cards = page.getByRole("list", { name: "Projects" }).getByRole("article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card.getByRole("list", { name: "Skills" })).toContainText("Shopify");
  }
});

test("a stale or forged page link falls back to the first page", async ({ page }) => {
  const response = await page.goto("/projects?cursor=%27%3B--&direction=sideways");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("list", { name: "Projects" }).getByRole("article")).toHaveCount(20);
});
