import { expect, test } from "./test";

/**
 * A person who merely typed something wrong sees the form's own message; nothing is written to
 * the browser console (Next's dev overlay would count it as an issue). The browser's own note
 * about a failed request ("Failed to load resource") is not ours to silence.
 */
test("a refused sign-in and an invalid form write nothing to the console", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto("/signin");
  await page.getByLabel("Email").fill("client@guild.example");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Enter a valid email address").first()).toBeVisible();

  expect(errors).toEqual([]);
});
