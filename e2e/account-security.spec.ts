import { Secret, TOTP } from "otpauth";

import { expectAccessible } from "./a11y";
import { signIn, signUp } from "./sign-in";
import { expect, test } from "./test";

const password = "a quiet harbour passphrase";

/** What an authenticator app shows `offsetSteps` 30-second steps from now. */
function totp(secret: string, offsetSteps = 0) {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
}

test("choosing a password: the form says how strong it is as you type and refuses a weak one", async ({
  page,
}) => {
  // Several pages, mail and zxcvbn: on a loaded CI machine each step can take seconds.
  test.setTimeout(240_000);
  const email = `strength-${Date.now()}-${test.info().workerIndex}@guild.test`;
  await page.goto("/signup");
  await page.getByLabel("I'm looking for work").check();
  await page.getByLabel("Full name").fill("Rowan Harbour");
  await page.getByLabel("Email").fill(email);
  const field = page.getByLabel("Password");

  await field.fill("short");
  await expect(page.getByText("Too short: 7 more characters.")).toBeVisible();

  // Twelve characters, and still among the most common passwords. The judge (zxcvbn) loads
  // when the field is first focused: on a loaded machine that can take seconds.
  await field.fill("password1234");
  await expect(page.getByText("Weak.", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("This is similar to a commonly used password.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/signup$/);

  // The person's own name counts as an easy guess.
  await field.fill("rowanharbour2024");
  await expect(
    page.getByText("Passwords made from your name or email address are easy to guess."),
  ).toBeVisible();

  await field.fill(password);
  await expect(page.getByText("Very strong password.", { exact: true })).toBeVisible();
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/, { timeout: 15_000 });

  // Changing it later is judged the same way.
  await page.goto("/account/security");
  const passwordPanel = page.getByRole("region", { name: "Password", exact: true });
  await passwordPanel.getByLabel("Current password").fill(password);
  await passwordPanel.getByLabel("New password").fill("password1234");
  await expect(passwordPanel.getByText("Weak.", { exact: true })).toBeVisible({ timeout: 20_000 });
  await passwordPanel.getByRole("button", { name: "Change password" }).click();
  await expect(passwordPanel.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("new recovery codes replace the old ones: an old code no longer signs in, a new one does", async ({
  page,
}) => {
  // A long journey through many pages: on a loaded CI machine each step can take seconds.
  test.setTimeout(240_000);
  const email = `codes-${Date.now()}-${test.info().workerIndex}@guild.test`;
  await signUp(page, { email, password, name: "Codes Person", role: "freelancer" });

  // Turn on two-factor authentication and keep the first set of codes.
  await page.goto("/account/security");
  const twoFactor = page.getByRole("region", { name: "Two-factor authentication", exact: true });
  await twoFactor.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await twoFactor.getByLabel("Code from your app").fill(totp(secret));
  await twoFactor.getByRole("button", { name: "Confirm and turn on" }).click();
  const codeItems = twoFactor.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codeItems).toHaveCount(10);
  const oldCodes = await codeItems.allTextContents();
  await twoFactor.getByRole("button", { name: "I've saved my recovery codes" }).click();
  await expect(twoFactor.getByText("Status: on · 10 recovery codes left")).toBeVisible();

  // Regenerate: the wrong password is refused, the right one shows ten new codes once.
  await twoFactor.getByRole("button", { name: "Regenerate recovery codes" }).click();
  const form = twoFactor.getByRole("form", { name: "Regenerate recovery codes" });
  await expect(form.getByLabel("My password")).toBeChecked();
  await form.getByLabel("Your password").fill("not my password");
  await form.getByRole("button", { name: "Make new codes" }).click();
  await expect(form.getByText("Your password is not correct.").first()).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel("Your password").fill(password);
  await form.getByRole("button", { name: "Make new codes" }).click();
  await expect(
    twoFactor.getByText("New recovery codes made. Your old codes no longer work."),
  ).toBeVisible();
  await expect(codeItems).toHaveCount(10);
  const newCodes = await codeItems.allTextContents();
  expect(newCodes.filter((code) => oldCodes.includes(code))).toEqual([]);
  await expect(twoFactor.getByRole("link", { name: "Download as text" })).toHaveAttribute(
    "download",
    "guild-recovery-codes.txt",
  );
  await expectAccessible(page);
  await twoFactor.getByRole("button", { name: "I've saved my recovery codes" }).click();
  await expect(twoFactor.getByText("Status: on · 10 recovery codes left")).toBeVisible();
  await expect(page.getByRole("list", { name: "Security events" })).toContainText(
    "New recovery codes made (the old ones stopped working)",
  );

  // Sign out; an old code is refused at sign-in, a new one works.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1$/);
  await signIn(page, email, password);
  const code = page.getByLabel("Authentication code");
  await code.fill(oldCodes[0]!);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByText("That code didn't work.").first()).toBeVisible();
  await code.fill(newCodes[0]!);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/account/security");
  await expect(twoFactor.getByText("Status: on · 9 recovery codes left")).toBeVisible();
});
