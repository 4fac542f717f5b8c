import type { Browser, Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

/*
 * Two seeded accounts no other spec uses (their counts are this journey's alone): Grace
 * Whitfield, a client, and Kwame Mensah, a freelancer.
 */
const CLIENT = "grace@harbourhealth.example";
const FREELANCER = "kwame@freelance.example";

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

/** Axe in light mode, then again in dark, on the page as it stands. */
async function expectAccessibleLightAndDark(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
}

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

/** Starts from nothing unread, whatever the seed or an earlier run left. */
async function readEverything(page: Page) {
  await page.goto("/notifications");
  const markAll = page.getByRole("button", { name: "Mark all as read" });
  // The button shows only when there is something to mark (the page itself is loaded by now).
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  if ((await markAll.count()) > 0 && (await markAll.isEnabled())) {
    await markAll.click();
    await expect(page.getByText("Nothing unread.")).toBeVisible();
  }
  await page.reload();
  await expect(bell(page)).toHaveAccessibleName("Notifications");
}

async function postProject(page: Page, title: string) {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Description")
    .fill(
      "A waiting-room kiosk that checks patients in, usable with a keyboard and a screen reader.",
    );
  await page.getByLabel("Budget from").fill("1,000");
  await page.getByLabel("Budget up to").fill("2,000");
  await page.getByLabel("React", { exact: true }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Publish project" }).click();
  await expect(page.getByText(/^Open ·/)).toBeVisible();
  return page.url();
}

test("a proposal reaches the client's bell and notifications; opening it reads it; mark all read; email settings stick", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const title = `Check-in kiosk ${Date.now()}`;
  const client = await signedIn(browser, CLIENT);
  const freelancer = await signedIn(browser, FREELANCER);
  await readEverything(client.page);
  await readEverything(freelancer.page);

  const manageUrl = await postProject(client.page, title);
  await freelancer.page.goto(manageUrl.replace("/my/projects/", "/projects/"));
  await freelancer.page
    .getByLabel("Cover letter")
    .fill(
      "I have built check-in kiosks for two clinics; here is how I would build yours, step by step.",
    );
  await freelancer.page.getByLabel("Your bid (USD)").fill("1,500");
  await freelancer.page.getByRole("button", { name: "Send proposal" }).click();
  await expect(
    freelancer.page.getByRole("status").filter({ hasText: "You sent a proposal" }),
  ).toBeVisible();

  // The client's bell counts it once the page is loaded again (live updates come with the stream).
  await client.page.goto("/dashboard");
  await expect(bell(client.page)).toHaveAccessibleName("Notifications, 1 unread");
  for (const colorScheme of ["light", "dark"] as const) {
    await client.page.emulateMedia({ colorScheme });
    await client.page.getByRole("banner").screenshot({
      path: testInfo.outputPath(`bell-${colorScheme}.png`),
    });
  }
  await client.page.emulateMedia({ colorScheme: "light" });

  await bell(client.page).click();
  await expect(client.page).toHaveURL(/\/notifications$/);
  await expect(client.page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const item = client.page
    .getByRole("list", { name: "Notifications" })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(item).toContainText(`Kwame Mensah sent a proposal for “${title}”.`);
  await expect(item).toContainText("Their bid: $1,500 (fixed price).");
  await expect(item).toContainText("Unread");
  await expect(client.page.getByText("1 unread.")).toBeVisible();
  await expectAccessibleLightAndDark(client.page);
  await client.page.emulateMedia({ colorScheme: "dark" });
  await client.page.screenshot({
    path: testInfo.outputPath("notifications-desktop-dark.png"),
    fullPage: true,
  });
  await client.page.emulateMedia({ colorScheme: "light" });

  // Opening it goes to the project's page and reads it; the bell hears at once.
  const marked = client.page.waitForResponse((r) => r.url().includes("notification.markRead"));
  await item.getByRole("link", { name: `Kwame Mensah sent a proposal for “${title}”.` }).click();
  expect((await marked).ok()).toBe(true);
  await expect(client.page).toHaveURL(manageUrl);
  await expect(
    client.page.getByRole("article", { name: "Proposal from Kwame Mensah" }),
  ).toContainText("$1,500");
  await expect(bell(client.page)).toHaveAccessibleName("Notifications");
  await client.page.goto("/notifications");
  await expect(
    client.page
      .getByRole("list", { name: "Notifications" })
      .getByRole("listitem")
      .filter({ hasText: title }),
  ).not.toContainText("Unread");
  await expect(client.page.getByRole("button", { name: "Mark all as read" })).toBeDisabled();

  // The client shortlists: now the freelancer has one unread, and marks everything read.
  await client.page.goto(manageUrl);
  const shortlisting = client.page.waitForResponse((r) => r.url().includes("proposal.shortlist"));
  await client.page
    .getByRole("article", { name: "Proposal from Kwame Mensah" })
    .getByRole("button", { name: "Shortlist Kwame Mensah" })
    .click();
  expect((await shortlisting).ok()).toBe(true);
  await freelancer.page.goto("/notifications");
  await expect(bell(freelancer.page)).toHaveAccessibleName("Notifications, 1 unread");
  const shortlisted = freelancer.page
    .getByRole("list", { name: "Notifications" })
    .getByRole("listitem")
    .filter({ hasText: `Grace Whitfield shortlisted your proposal for “${title}”.` });
  await expect(shortlisted).toContainText("Unread");
  await freelancer.page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(freelancer.page.getByText("Nothing unread.")).toBeVisible();
  await expect(shortlisted).not.toContainText("Unread");
  await expect(bell(freelancer.page)).toHaveAccessibleName("Notifications");
  await freelancer.page.reload();
  await expect(bell(freelancer.page)).toHaveAccessibleName("Notifications");
  await expect(
    freelancer.page
      .getByRole("list", { name: "Notifications" })
      .getByRole("listitem")
      .filter({ hasText: title }),
  ).not.toContainText("Unread");

  // Email settings: a kind set to "No email" stays so.
  await client.page.goto("/account");
  await client.page
    .getByRole("navigation", { name: "Account" })
    .getByRole("link", { name: "Notifications" })
    .click();
  await expect(client.page).toHaveURL(/\/account\/notifications$/);
  const proposals = client.page.getByLabel("A freelancer sends a proposal on my project");
  await expect(proposals).toHaveValue("immediately");
  await proposals.selectOption({ label: "No email" });
  await expect(client.page.getByRole("status").filter({ hasText: "Saved" })).toContainText(
    "no email",
  );
  await client.page.reload();
  await expect(client.page.getByLabel("A freelancer sends a proposal on my project")).toHaveValue(
    "off",
  );
  await expect(client.page.getByLabel("Time zone")).toHaveValue("UTC");
  await expectAccessibleLightAndDark(client.page);
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    await client.page.setViewportSize(viewport);
    await client.page.emulateMedia({ colorScheme: "dark" });
    await client.page.screenshot({
      path: testInfo.outputPath(`preferences-${viewport.width}-dark.png`),
      fullPage: true,
    });
    await client.page.goto("/notifications");
    await client.page.screenshot({
      path: testInfo.outputPath(`notifications-${viewport.width}-dark.png`),
      fullPage: true,
    });
    await client.page.goto("/account/notifications");
  }

  await client.context.close();
  await freelancer.context.close();
});

test("the digest's time zone comes from the browser with one button", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  // An account of its own: the journey above reads the client's zone.
  await signIn(page, "lukas@brightpath.example");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/account/notifications");
  await expect(page.getByText("This browser is in Asia/Tokyo.")).toBeVisible();
  await page.getByRole("button", { name: "Use this browser's time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "8:00, Asia/Tokyo" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  await expect(page.getByRole("button", { name: "Use this browser's time zone" })).toHaveCount(0);
  await context.close();
});

test("notifications are for their owner only: signed out, the page asks to sign in", async ({
  page,
}) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/signin\?next=%2Fnotifications$/);
  await expect(page.getByRole("banner").getByRole("link", { name: /^Notifications/ })).toHaveCount(
    0,
  );
});
