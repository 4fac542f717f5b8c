import { expectAccessible } from "./a11y";
import { signedInAdmin } from "./admin-session";
import { signUp } from "./sign-in";
import { expect, test } from "./test";

test("an admin finds a person, suspends them (their open session ends), reinstates them, and the audit log shows why", async ({
  browser,
}) => {
  test.slow();
  // The person, signed in in a browser of their own.
  const personContext = await browser.newContext();
  const personPage = await personContext.newPage();
  const email = `suspended-${Date.now()}@guild.test`;
  await signUp(personPage, { email, password: "a person's long passphrase", name: "Sam Suspect" });

  const { context, page, email: adminEmail } = await signedInAdmin(browser);
  await expect(
    page
      .getByRole("navigation", { name: "Main" })
      .first()
      .getByRole("link", { name: "Admin", exact: true }),
  ).toHaveCount(1);

  // Find them.
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "People" })
    .click();
  await expect(page).toHaveURL(/\/admin\/people$/);
  await page.getByLabel("Name or email").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  const found = page.getByRole("list", { name: "People found" }).getByRole("listitem");
  await expect(found).toHaveCount(1);
  await expectAccessible(page);
  await found.getByRole("link", { name: "Sam Suspect" }).click();
  await expect(page.getByRole("heading", { name: "Sam Suspect" })).toBeVisible();
  const personId = page.url().split("/").pop()!;

  // Suspend them: the reason is required.
  await page.getByRole("button", { name: "Suspend", exact: true }).click();
  const suspend = page.getByRole("form", { name: "Suspend" });
  await suspend.getByRole("button", { name: "Suspend" }).click();
  await expect(suspend.getByText(/Say why in a few words/)).toBeVisible();
  await expectAccessible(page);
  await suspend.getByLabel(/Reason/).fill("Asked clients to pay outside Guild.");
  await suspend.getByRole("button", { name: "Suspend" }).click();
  await expect(page.getByText("Suspended: every session of theirs has ended.")).toBeVisible();
  await expect(page.getByText("Suspended", { exact: true })).toBeVisible();

  // Their open tab's next request finds them signed out.
  await personPage.goto("/dashboard");
  await expect(personPage).toHaveURL(/\/signin\?next=%2Fdashboard$/);

  // Reinstate them.
  await page.getByRole("button", { name: "Reinstate", exact: true }).click();
  const reinstate = page.getByRole("form", { name: "Reinstate" });
  await reinstate.getByLabel(/Reason/).fill("They explained: a misunderstanding.");
  await reinstate.getByRole("button", { name: "Reinstate" }).click();
  await expect(page.getByText("Reinstated: they can sign in again.")).toBeVisible();

  // The audit log, filtered by subject, then by action and actor: both, with their reasons.
  await page.getByRole("link", { name: "Everything about them in the audit log" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/audit\\?targetType=user&targetId=${personId}$`));
  const events = page.getByRole("list", { name: "Audit events" }).getByRole("listitem");
  await expect(events.filter({ hasText: "user.status_changed" })).toHaveCount(2);
  await expect(events.first()).toContainText("Reason: They explained: a misunderstanding.");
  await expect(events.nth(1)).toContainText("Reason: Asked clients to pay outside Guild.");
  await page.getByLabel("Action").fill("user.status_changed");
  await page.getByLabel("Actor").fill(adminEmail);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=user.status_changed/);
  await expect(events).toHaveCount(2);
  await expectAccessible(page);
  const csv = page.getByRole("link", { name: "Download CSV" });
  await expect(csv).toHaveAttribute(
    "href",
    /\/api\/admin\/audit\/export\?.*action=user.status_changed/,
  );
  const download = await page.request.get((await csv.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain("They explained: a misunderstanding.");

  // A filter nobody matches says so.
  await page.goto("/admin/audit?action=nothing.like_this");
  await expect(page.getByText("No event matches these filters.")).toBeVisible();

  // The person can sign in again.
  await personPage.getByLabel("Email").fill(email);
  await personPage.getByLabel("Password").fill("a person's long passphrase");
  await personPage.getByRole("button", { name: "Sign in" }).click();
  await expect(personPage).toHaveURL(/\/dashboard$/, { timeout: 30_000 });

  await personContext.close();
  await context.close();
});

test("the console is not there for anyone else: sign in first, 404 for a non-admin", async ({
  page,
}) => {
  await page.goto("/admin/people");
  await expect(page).toHaveURL(/\/signin\?next=/);
  await signUp(page, {
    email: `not-admin-${Date.now()}@guild.test`,
    password: "a non-admin's long passphrase",
  });
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/api/admin/audit/export")).status()).toBe(403);
});
