import path from "node:path";

import { expect, test } from "./test";
import { Secret, TOTP } from "otpauth";

import { latestMail } from "../tests/helpers/outbox";
import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";

const outbox = () => path.join(process.env.E2E_DATA_DIR!, "outbox");

/** What an authenticator app shows `offsetSteps` 30-second steps from now. */
function totp(secret: string, offsetSteps = 0) {
  return new TOTP({
    secret: Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: "SHA1",
  }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
}

test("sign up, verify, turn on 2FA, sign in with a code, and sign out another device", async ({
  page,
  browser,
}) => {
  test.slow();
  const email = `journey-${Date.now()}@guild.test`;
  const password = "a long journey passphrase";

  // Sign up as a freelancer.
  await page.goto("/signup");
  await expectAccessible(page);
  await page.getByLabel("I'm looking for work").check();
  await page.getByLabel("Full name").fill("Journey Person");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard\?welcome=1$/);
  await expect(page.getByText(`We sent a link to ${email}`)).toBeVisible();
  await page.getByRole("link", { name: "Confirm your email address" }).click();
  await expect(page.getByText("Not verified yet")).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "guild.session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  await expectAccessible(page);

  // Open the verification link from the outbox.
  await expect.poll(() => latestMail(outbox(), email)?.link).toBeTruthy();
  const link = new URL(latestMail(outbox(), email)!.link!);
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText(`${email} is confirmed`)).toBeVisible();

  // Sign out, then in with the password.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1$/);
  await expectAccessible(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/account");
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();

  // Turn on two-factor authentication.
  await page.getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from your app").fill(totp(secret));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  const codeItems = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codeItems).toHaveCount(10);
  const codes = await codeItems.allTextContents();
  await expectAccessible(page);
  await page.getByRole("button", { name: "I've saved my recovery codes" }).click();
  await expect(page.getByText(/Status: on/)).toBeVisible();

  // Sign out, then in again: the password, then a code from the app (the next time step: the
  // current one was spent confirming the setup, and each step is accepted once).
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("button", { name: "Sign out" })
    .click();
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Authentication code").fill(totp(secret, 1));
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A second browser signs in too, with a recovery code.
  // It also forges X-Forwarded-For: with no trusted proxy, the socket address is recorded instead.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "6.6.6.6" } });
  const otherPage = await other.newPage();
  await signIn(otherPage, email, password);
  await otherPage.getByLabel("Authentication code").fill(codes[0]!);
  await otherPage.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  // From the first: sign out of all other devices.
  await page.goto("/account/security");
  const devices = page.getByRole("list", { name: "Signed-in devices" }).getByRole("listitem");
  await expect(devices).toHaveCount(2);
  await expect(devices.filter({ hasText: "This device" })).toHaveCount(1);
  await expect(devices.filter({ hasText: "6.6.6.6" })).toHaveCount(0);
  await expect(devices.filter({ hasText: "127.0.0.1" })).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(page.getByText("Signed out of 1 other device(s).")).toBeVisible();
  await expect(devices).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Security events" })).toContainText(
    "Signed out of all other devices",
  );

  // The second browser's very next navigation lands on sign-in.
  await otherPage.goto("/account/security");
  await expect(otherPage).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);
  await other.close();

  // The first is still signed in.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("sign-in errors are inline, keep what was typed, and say when a locked account may retry", async ({
  page,
}) => {
  const email = `locked-${Date.now()}@guild.test`;
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password");
  for (let i = 0; i < 4; i++) {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
      "Email or password is incorrect.",
    );
  }
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText(
    /locked until \d{2}:\d{2} UTC/,
  );
  await expectAccessible(page);
});

test("a demo account signs in and pages show what a signed-in person can do", async ({ page }) => {
  await signIn(page, "client@guild.example", "guild-demo-password");
  await expect(page).toHaveURL(/\/dashboard$/);
  const account = page.getByRole("navigation", { name: "Main" }).getByRole("link", {
    name: /Your account/,
  });
  await expect(account).toContainText("Client Demo");
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await account.click();
  await expect(page.getByText("Client: you hire freelancers")).toBeVisible();
});

test("pages that need an account send anonymous visitors to sign in and back", async ({ page }) => {
  await page.goto("/account/security");
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount%2Fsecurity$/);
  await page.getByLabel("Email").fill("freelancer@guild.example");
  await page.getByLabel("Password").fill("guild-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
});
