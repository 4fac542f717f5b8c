import type { Page } from "@playwright/test";

/** The password of every seeded demo account (see the README). */
export const DEMO_PASSWORD = "guild-demo-password";

/** Signs in through the form, as a person would; callers assert where they land. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
