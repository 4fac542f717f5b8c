import type { Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

async function signInDemo(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
}

test("a freelancer edits their profile; it shows on the public page and in freelancer search", async ({
  page,
}) => {
  const word = `Quokka${Date.now()}`;
  await signInDemo(page, "freelancer@guild.example");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /Your account/ })
    .click();
  await page.getByRole("link", { name: "Public profile" }).click();
  await expect(page.getByRole("heading", { name: "Your freelancer profile" })).toBeVisible();
  await page.getByLabel("Headline").fill(`${word} wrangler and TypeScript developer`);
  await page
    .getByLabel(/About you/)
    .fill("I build **careful** software.\n\n- Tests first\n- [My site](https://example.com)");
  await page.getByRole("button", { name: "Add portfolio item" }).click();
  const items = page.getByRole("listitem").filter({ has: page.getByLabel("Title") });
  const added = items.last();
  await added.getByLabel("Title").fill(`Wildlife tracker ${word}`);
  await added.getByLabel("Link (optional)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(added.getByText("Enter a full link (https://…)")).toBeVisible();
  await expectAccessible(page);
  await added.getByLabel("Link (optional)").fill("https://example.com/tracker");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.getByRole("link", { name: "See your public profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Freelancer Demo" })).toBeVisible();
  await expect(
    page.getByText(`${word} wrangler and TypeScript developer`, { exact: true }),
  ).toBeVisible();
  // Markdown renders as markup, with the typed link marked as user content.
  await expect(page.locator("strong", { hasText: "careful" })).toBeVisible();
  await expect(page.getByRole("link", { name: "My site" })).toHaveAttribute("rel", /ugc/);
  await expect(page.getByRole("heading", { name: `Wildlife tracker ${word}` })).toBeVisible();
  await expectAccessible(page);

  // Freelancers' navigation is for finding work; the freelancer list is one address away.
  await page.goto("/freelancers");
  const search = page.getByRole("search", { name: "Search freelancers" });
  await search.getByLabel("Search").fill(word.slice(0, 9).toLowerCase());
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toContainText("1 freelancer");
  await expect(page.getByRole("link", { name: "Freelancer Demo", exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("freelancers filter by skill and availability, and pages hold their filters", async ({
  page,
}) => {
  await page.goto("/freelancers");
  await expect(page.getByRole("status")).toContainText(/\d+ freelancers/);
  const search = page.getByRole("search", { name: "Search freelancers" });
  await search.getByLabel("Skill").selectOption({ label: "Figma" });
  await search.getByLabel("Only freelancers taking work").check();
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/skill=figma/);
  const cards = page.getByRole("list", { name: "Freelancers" }).getByRole("article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await expect(card.getByRole("list", { name: /Skills of/ })).toContainText("Figma");
    await expect(card).not.toContainText("Not taking work");
  }
  await expectAccessible(page);
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`dashboards and public pages pass axe in ${colorScheme} mode at ${viewport.width} px`, async ({
      browser,
    }) => {
      // Two people, four pages, every one scanned by axe.
      test.slow();
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      await signInDemo(page, "client@guild.example");
      await page.goto("/dashboard");
      await expect(
        page.getByRole("heading", { name: /Proposals awaiting your decision/ }),
      ).toBeVisible();
      await expect(page.getByRole("list", { name: "Your projects by status" })).toBeVisible();
      await expectAccessible(page);
      await page
        .getByRole("region", { name: /Proposals awaiting/ })
        .getByRole("link")
        .first()
        .click();
      await expect(page.getByRole("heading", { name: /Proposals \(\d+\)/ })).toBeVisible();
      await expectAccessible(page);
      await page.goto("/projects");
      await page.getByRole("article").first().getByRole("link").first().click();
      await page.locator('a[href^="/clients/"]').first().click();
      await expect(page.getByRole("heading", { name: "Open projects" })).toBeVisible();
      await expectAccessible(page);
      await context.close();

      const freelancerContext = await browser.newContext({ colorScheme, viewport });
      const freelancer = await freelancerContext.newPage();
      await signInDemo(freelancer, "freelancer@guild.example");
      await freelancer.goto("/dashboard");
      await expect(freelancer.getByRole("heading", { name: "Recommended for you" })).toBeVisible();
      await expect(
        freelancer
          .getByRole("region", { name: "Recommended for you" })
          .getByRole("article")
          .first(),
      ).toBeVisible();
      await expectAccessible(freelancer);
      await freelancerContext.close();
    });
  }
}

test("on a phone the main menu opens from the keyboard", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/projects");
  const menu = page.getByText("Menu", { exact: true });
  await menu.focus();
  await page.keyboard.press("Enter");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Freelancers" })).toBeVisible();
  await nav.getByRole("link", { name: "Freelancers" }).click();
  await expect(page).toHaveURL(/\/freelancers$/);
  await context.close();
});

test("a new freelancer lands on a first-steps checklist and empty states", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("I'm looking for work").check();
  await page.getByLabel("Full name").fill("Empty State");
  await page.getByLabel("Email").fill(`empty-${Date.now()}@guild.test`);
  await page.getByLabel("Password").fill("an empty dashboard passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/);
  const steps = page.getByRole("region", { name: "Get started" }).getByRole("listitem");
  await expect(steps).toHaveText([
    /Confirm your email address.*To do$/,
    /Complete your freelancer profile.*To do$/,
    /Send your first proposal.*To do$/,
  ]);
  await expect(page.getByText("0 of 3 done")).toBeVisible();
  await expect(page.getByText("No active contracts.")).toBeVisible();
  await expect(
    page.getByText("Add skills to your profile to see projects that fit them."),
  ).toBeVisible();
  await expectAccessible(page);
});

test("project search runs as you type, prefix by prefix, and keeps the words in the URL", async ({
  page,
}) => {
  await page.goto("/projects");
  await expect(page.getByRole("article").first()).toBeVisible();
  const words = page.getByRole("search", { name: "Search projects" }).getByLabel("Search");
  await words.pressSequentially("kotl", { delay: 40 });
  await expect(page).toHaveURL(/[?&]q=kotl/);
  const first = page.getByRole("list", { name: "Projects" }).getByRole("article").first();
  await expect(first.locator("mark").first()).toHaveText(/^kotl/i);
  await expect(words).toBeFocused();
  await expect(words).toHaveValue("kotl");
  await page
    .getByRole("search", { name: "Search projects" })
    .getByLabel("Budget type")
    .selectOption("hourly");
  await expect(page).toHaveURL(/type=hourly/);
  await expect(first).toContainText("/ hour");
  await expectAccessible(page);
});

test("the client asks to raise a contract's amount and the freelancer agrees", async ({
  browser,
}) => {
  // A new amount each run, so a rerun on the same database asks for a real change.
  const amount = (90_000 + (Date.now() % 9_000)).toLocaleString("en-US");
  const client = await (await browser.newContext()).newPage();
  await signInDemo(client, "client@guild.example");
  await client.goto("/dashboard");
  await client
    .getByRole("region", { name: "Active contracts" })
    .getByRole("listitem")
    .filter({ hasText: "With Freelancer Demo" })
    // Not the contract the journey test is hiring into at the same time, nor an hourly one
    // (paid by the hour: no amount to change).
    .filter({ hasNotText: "Accessible booking widget" })
    .filter({ hasNotText: "/hour" })
    .first()
    .getByRole("link")
    .click();
  await expect(client).toHaveURL(/\/contracts\//);
  await client.getByRole("button", { name: "Change the amount" }).click();
  await client.getByRole("button", { name: "Ask the freelancer" }).click();
  await expect(client.getByText("Tell the freelancer why the amount changes")).toBeVisible();
  await client.getByLabel(/New amount/).fill(amount);
  await client.getByLabel("Why it changes").fill("Two more services to move");
  await client.getByRole("button", { name: "Ask the freelancer" }).click();
  await expect(
    client.getByText(new RegExp(`You asked to change the amount from .* to .*${amount}`)),
  ).toBeVisible();
  await expectAccessible(client);

  const freelancer = await (await browser.newContext()).newPage();
  await signInDemo(freelancer, "freelancer@guild.example");
  await freelancer.goto(client.url());
  await freelancer.getByRole("button", { name: new RegExp(`Agree to .*${amount}`) }).click();
  await expect(freelancer.getByRole("list", { name: "Earlier amount changes" })).toContainText(
    "Agreed",
  );
  await expect(freelancer.getByRole("definition").filter({ hasText: amount })).toBeVisible();
  await expectAccessible(freelancer);
});
