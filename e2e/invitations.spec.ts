import type { Browser, Locator, Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

/** Clicks a Save button and waits for the server's answer: the pressed state shows at once, before it is kept. */
async function toggleSave(page: Page, button: Locator) {
  const answered = page.waitForResponse(
    (response) =>
      response.url().includes("/api/trpc/saved.") && response.request().method() === "POST",
  );
  await button.click();
  expect((await answered).ok()).toBe(true);
}

/** Axe in light mode, then again in dark, on the page as it stands. */
async function expectAccessibleLightAndDark(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

/** The demo client posts and publishes a project of their own; returns its manage page's URL. */
async function postProject(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Post a project" })
    .click();
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Description")
    .fill("A small booking widget for our site, usable with a keyboard and a screen reader.");
  await page.getByLabel("Budget from").fill("1,000");
  await page.getByLabel("Budget up to").fill("2,000");
  await page.getByLabel("React", { exact: true }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Publish project" }).click();
  await expect(page.getByText(/^Open ·/)).toBeVisible();
  return page.url();
}

/** From the freelancer search to the demo freelancer's public page. */
async function openDemoFreelancer(page: Page) {
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Freelancers" })
    .click();
  await page
    .getByRole("search", { name: "Search freelancers" })
    .getByLabel("Search")
    .fill("freelancer demo");
  await expect(page).toHaveURL(/[?&]q=freelancer\+demo/);
  await page.getByRole("link", { name: "Freelancer Demo", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Freelancer Demo" })).toBeVisible();
}

async function invite(page: Page, title: string, message: string) {
  await openDemoFreelancer(page);
  await page.getByRole("button", { name: "Invite to project" }).click();
  await page.getByLabel("Project", { exact: true }).selectOption({ label: title });
  await page.getByLabel("Message (optional)").fill(message);
  await expectAccessibleLightAndDark(page);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  // Asked once: the project stays in the picker, disabled, saying why.
  await page.getByRole("button", { name: "Invite to project" }).click();
  await expect(page.getByRole("option", { name: `${title} (already invited)` })).toBeDisabled();
  await page.getByRole("button", { name: "Cancel" }).click();
}

test("a client invites a freelancer from their profile; the freelancer answers with a proposal", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Invited booking widget ${Date.now()}`;
  const message = "Your accessible widgets are what we need.\nCould you start in January?";

  const client = await signedIn(browser, "client@guild.example");
  const manageUrl = await postProject(client.page, title);
  await invite(client.page, title, message);

  // The freelancer lands on their dashboard and finds the invitation there.
  const freelancer = await signedIn(browser, "freelancer@guild.example");
  const invitation = freelancer.page
    .getByRole("list", { name: "Invitations to propose" })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(invitation).toContainText("From Client Demo");
  await expect(invitation.locator("blockquote")).toHaveText(message);
  await expectAccessibleLightAndDark(freelancer.page);

  // Yes: the proposal form on the project page, under the client's note and trust signals.
  await invitation.getByRole("link", { name: `Send a proposal for ${title}` }).click();
  await expect(freelancer.page).toHaveURL(/\/projects\/[0-9a-f-]{36}#send-proposal$/);
  await expect(
    freelancer.page.getByRole("heading", { name: "Client Demo invited you to propose" }),
  ).toBeVisible();
  const aboutClient = freelancer.page.getByRole("complementary", { name: "About the client" });
  await expect(aboutClient).toContainText("Member since");
  await expect(aboutClient).toContainText(/\d+% hire rate|No hires yet/);
  await expect(aboutClient).toContainText(/\d\.\d of 5 from \d+ reviews?|No reviews yet/);
  await expect(
    freelancer.page.getByRole("complementary", { name: "Project summary" }),
  ).toContainText("Less than 5");
  await expectAccessibleLightAndDark(freelancer.page);
  await freelancer.page
    .getByLabel("Cover letter")
    .fill(
      "I build accessible widgets for a living; here is how I would approach yours, step by step.",
    );
  await freelancer.page.getByLabel("Your bid (USD)").fill("1,500");
  await freelancer.page.getByRole("button", { name: "Send proposal" }).click();
  await expect(
    freelancer.page.getByRole("status").filter({ hasText: "You sent a proposal" }),
  ).toBeVisible();
  await expect(
    freelancer.page.getByRole("heading", { name: "Client Demo invited you to propose" }),
  ).toHaveCount(0);

  // Answered, it leaves the dashboard.
  await freelancer.page.goto("/dashboard");
  await expect(
    freelancer.page.getByRole("heading", { name: /Invitations to propose/ }),
  ).toBeVisible();
  await expect(
    freelancer.page
      .getByRole("list", { name: "Invitations to propose" })
      .getByRole("listitem")
      .filter({ hasText: title }),
  ).toHaveCount(0);

  await expect(freelancer.page.getByRole("region", { name: "Recent proposals" })).toContainText(
    title,
  );

  // The client sees the proposal, and the invitation marked answered.
  await client.page.goto(manageUrl);
  await expect(
    client.page.getByRole("article", { name: "Proposal from Freelancer Demo" }),
  ).toContainText("$1,500");
  const invited = client.page
    .getByRole("list", { name: "Invited freelancers" })
    .getByRole("listitem")
    .filter({ hasText: "Freelancer Demo" });
  await expect(invited).toContainText("Sent a proposal");
  await expect(invited).toContainText(/answered/);
  await expectAccessibleLightAndDark(client.page);

  await client.context.close();
  await freelancer.context.close();
});

test("a freelancer declines an invitation with a reason, and the client reads it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Declined booking widget ${Date.now()}`;
  const client = await signedIn(browser, "client@guild.example");
  const manageUrl = await postProject(client.page, title);
  await invite(client.page, title, "Interested?");

  const freelancer = await signedIn(browser, "freelancer@guild.example");
  const invitation = freelancer.page
    .getByRole("list", { name: "Invitations to propose" })
    .getByRole("listitem")
    .filter({ hasText: title });
  await invitation.getByRole("button", { name: `Decline the invitation to ${title}` }).click();
  const reason = invitation.getByLabel(/Why not\?/);
  await expect(reason).toBeFocused();
  await reason.fill("Fully booked until March.");
  await expectAccessibleLightAndDark(freelancer.page);
  await invitation.getByRole("button", { name: "Decline invitation" }).click();
  await expect(freelancer.page.getByRole("status").filter({ hasText: "You declined" })).toHaveText(
    `You declined the invitation to ${title}.`,
  );
  await expect(
    freelancer.page.getByRole("heading", { name: /Invitations to propose/ }),
  ).toBeFocused();
  await expect(
    freelancer.page
      .getByRole("list", { name: "Invitations to propose" })
      .getByRole("listitem")
      .filter({ hasText: title }),
  ).toHaveCount(0);

  await client.page.goto(manageUrl);
  const invited = client.page
    .getByRole("list", { name: "Invited freelancers" })
    .getByRole("listitem")
    .filter({ hasText: "Freelancer Demo" });
  await expect(invited).toContainText("Declined");
  await expect(invited.locator("blockquote")).toHaveText("Fully booked until March.");

  await client.context.close();
  await freelancer.context.close();
});

test("a freelancer saves and unsaves a project; a client saves and unsaves a freelancer", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const freelancer = await signedIn(browser, "freelancer@guild.example");
  const page = freelancer.page;
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Find work" })
    .click();
  const card = page.getByRole("list", { name: "Projects" }).getByRole("article").first();
  const title = (await card.getByRole("heading").textContent())!;
  const save = card.getByRole("button", { name: `Save ${title}` });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await toggleSave(page, save);
  await expect(save).toHaveAttribute("aria-pressed", "true");
  // Kept on the server: a fresh page load still shows it saved.
  await page.reload();
  await expect(
    page.getByRole("list", { name: "Projects" }).getByRole("button", { name: `Save ${title}` }),
  ).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: "Saved projects" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saved projects" })).toBeVisible();
  const saved = page
    .getByRole("list", { name: "Saved projects" })
    .getByRole("article", { name: title });
  await expect(saved).toBeVisible();
  await expectAccessibleLightAndDark(page);
  // Unsaving keeps the card in place (pressed no more) until the next visit.
  await toggleSave(page, saved.getByRole("button", { name: `Save ${title}` }));
  await expect(saved.getByRole("button", { name: `Save ${title}` })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await page.reload();
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);
  await freelancer.context.close();

  const client = await signedIn(browser, "client@guild.example");
  await openDemoFreelancer(client.page);
  const saveFreelancer = client.page.getByRole("button", { name: "Save Freelancer Demo" });
  await expect(saveFreelancer).toHaveAttribute("aria-pressed", "false");
  await toggleSave(client.page, saveFreelancer);
  await expect(saveFreelancer).toHaveAttribute("aria-pressed", "true");
  await client.page.goto("/saved");
  await expect(
    client.page.getByRole("heading", { level: 1, name: "Saved freelancers" }),
  ).toBeVisible();
  const savedPerson = client.page
    .getByRole("list", { name: "Saved freelancers" })
    .getByRole("article")
    .filter({ hasText: "Freelancer Demo" });
  await expect(savedPerson).toBeVisible();
  await expectAccessibleLightAndDark(client.page);
  await toggleSave(client.page, savedPerson.getByRole("button", { name: "Save Freelancer Demo" }));
  await expect(savedPerson.getByRole("button", { name: "Save Freelancer Demo" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await client.page.reload();
  await expect(
    client.page.getByRole("heading", { name: "No saved freelancers yet" }),
  ).toBeVisible();
  await expectAccessible(client.page);
  await client.context.close();
});
