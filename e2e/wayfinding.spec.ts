import type { Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

async function expectAccessibleLightAndDark(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** The main navigation's links and buttons, in order, as a person reads them. */
async function expectNav(page: Page, items: (string | RegExp)[]) {
  await expect(mainNav(page).getByRole("listitem")).toHaveText(items);
}

test.describe("navigation knows the role and the page", () => {
  test("a visitor: find work, freelancers, sign in, sign up", async ({ page }) => {
    test.slow();
    await page.goto("/projects");
    await expectNav(page, ["Find work", "Freelancers", "Sign in", "Sign up"]);
    await expect(mainNav(page).getByRole("link", { name: "Find work" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(mainNav(page).getByRole("link", { name: "Freelancers" })).not.toHaveAttribute(
      "aria-current",
    );
    await expectAccessibleLightAndDark(page);
  });

  test("a client signs in to the dashboard and has their own links", async ({ page }) => {
    test.slow();
    await signIn(page, "client@guild.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectNav(page, [
      "Dashboard",
      "My projects",
      "Post a project",
      "Freelancers",
      "Billing",
      /Your account: Client Demo/,
      "Sign out",
    ]);
    await expect(mainNav(page).getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectAccessibleLightAndDark(page);
    // A page inside a section marks the section.
    await page
      .getByRole("region", { name: "Open projects and drafts" })
      .getByRole("listitem")
      .first()
      .getByRole("link")
      .click();
    await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
    await expect(mainNav(page).getByRole("link", { name: "My projects" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(mainNav(page).getByRole("link", { name: "Dashboard" })).not.toHaveAttribute(
      "aria-current",
    );
    // Signed in, the sign-in page sends them to the dashboard too.
    await page.goto("/signin");
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("a freelancer: find work, my proposals, dashboard, earnings", async ({ page }) => {
    test.slow();
    await signIn(page, "freelancer@guild.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectNav(page, [
      "Find work",
      "My proposals",
      "Dashboard",
      "Earnings",
      /Your account: Freelancer Demo/,
      "Sign out",
    ]);
    await mainNav(page).getByRole("link", { name: "My proposals" }).click();
    await expect(page).toHaveURL(/\/my\/proposals$/);
    await expect(mainNav(page).getByRole("link", { name: "My proposals" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  test("an admin: the dashboard and the account, for now", async ({ page }) => {
    test.slow();
    await signIn(page, "admin@guild.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expectNav(page, ["Dashboard", /Your account: /, "Sign out"]);
    await expectAccessible(page);
  });

  test("on a phone the menu holds the same links, marks the page, and folds after a choice", async ({
    browser,
  }) => {
    test.slow();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, "client@guild.example");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByText("Menu", { exact: true }).click();
    await expect(mainNav(page).getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectAccessibleLightAndDark(page);
    await mainNav(page).getByRole("link", { name: "My projects" }).click();
    await expect(page).toHaveURL(/\/my\/projects$/);
    await expect(mainNav(page)).toBeHidden();
    await context.close();
  });
});

test("a new client's dashboard starts with a first-steps checklist", async ({ page }) => {
  test.slow();
  await page.goto("/signup");
  await page.getByLabel("I'm hiring").check();
  await page.getByLabel("Full name").fill("Checklist Person");
  const email = `checklist-${Date.now()}@guild.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a checklist passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Your account is ready" })).toContainText(
    email,
  );
  const checklist = page.getByRole("region", { name: "Get started" });
  await expect(checklist.getByRole("listitem")).toHaveText([
    /Confirm your email address.*To do$/,
    /Complete your client profile.*To do$/,
    /Post your first project.*To do$/,
  ]);
  await expect(checklist).toContainText("0 of 3 done");
  // The old banner at the bottom is gone: the checklist says it once, at the top.
  await expect(page.getByText(/Confirm your email address to/)).toHaveCount(0);
  await expectAccessibleLightAndDark(page);

  // Completing the profile ticks its step.
  await checklist.getByRole("link", { name: "Complete your client profile" }).click();
  await page.getByLabel("Company name (optional)").fill("Checklist Clinics");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(checklist.getByRole("listitem").nth(1)).toHaveText(
    /Complete your client profile.*Done$/,
  );
  await expect(checklist).toContainText("1 of 3 done");
});

test("on a phone the project filters fold behind a Filters button", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/projects");
  const toggle = page.getByRole("button", { name: /^Filters/ });
  const budgetType = page.getByLabel("Budget type");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(budgetType).toBeHidden();
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeVisible();
  // Results start on the first screen.
  const first = page.getByRole("list", { name: "Projects" }).getByRole("article").first();
  expect((await first.boundingBox())!.y).toBeLessThan(844);
  await expectAccessibleLightAndDark(page);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await budgetType.selectOption("hourly");
  await expect(page).toHaveURL(/type=hourly/);
  // Still open, and the button counts what is set.
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(toggle).toHaveAccessibleName("Filters 1 set");
  await expectAccessibleLightAndDark(page);
  await toggle.click();
  await expect(budgetType).toBeHidden();
  await context.close();
});

test("without JavaScript the Filters button still unfolds the filters", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto("/projects");
  await expect(page.getByLabel("Budget type")).toBeHidden();
  // Without JavaScript the button sends the search form with filters=1 ...
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await expect(toggle).toHaveAttribute("type", "submit");
  await expect(toggle).toHaveAttribute("name", "filters");
  await expect(toggle).toHaveAttribute("value", "1");
  // ... and the page it comes back to has them unfolded.
  await page.goto("/projects?filters=1");
  await expect(page.getByLabel("Budget type")).toBeVisible();
  await context.close();
});

test("freelancer search applies as you type, keeping focus and the URL in step", async ({
  page,
}) => {
  test.slow();
  await page.goto("/freelancers");
  const status = page.getByRole("status");
  await expect(status).toContainText(/\d+ freelancers/);
  const before = await status.textContent();
  const search = page.getByRole("search", { name: "Search freelancers" });
  const words = search.getByLabel("Search");
  await words.pressSequentially("figm", { delay: 40 });
  await expect(page).toHaveURL(/[?&]q=figm/);
  await expect(status).not.toHaveText(before!);
  await expect(words).toBeFocused();
  await expect(words).toHaveValue("figm");
  await search.getByLabel("Only freelancers taking work").check();
  await expect(page).toHaveURL(/available=1/);
  const cards = page.getByRole("list", { name: "Freelancers" }).getByRole("article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card).not.toContainText("Not taking work");
  await expectAccessible(page);
});
