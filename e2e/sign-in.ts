import { type Browser, expect, type Page } from "@playwright/test";

/** The password of every seeded demo account (see the README). */
export const DEMO_PASSWORD = "guild-demo-password";

/** Signs in through the form, as a person would; callers assert where they land. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * A fresh account through the sign-up form, for tests that change an account (the demo
 * accounts are shared by tests running in parallel). Lands on the dashboard.
 */
export async function signUp(
  page: Page,
  {
    email,
    password,
    name = "Test Person",
    role = "client",
  }: { email: string; password: string; name?: string; role?: "client" | "freelancer" },
) {
  await page.goto("/signup");
  await page.getByLabel(role === "client" ? "I'm hiring" : "I'm looking for work").check();
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  // The judge (zxcvbn) loads when the field is first focused: on a loaded machine that can
  // take seconds. Sending before it answers is allowed (the server judges too), but waiting
  // keeps the form's own refusal out of the way.
  await expect(page.getByText(/^(Very strong|Strong) password\.$/)).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/, { timeout: 15_000 });
}

/** A browser context of its own, signed in as `email` and on the dashboard. */
export async function signedInContext(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  // Checking a password is deliberately slow, and slower still on a loaded machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return { context, page };
}
