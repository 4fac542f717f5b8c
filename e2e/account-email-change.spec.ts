import path from "node:path";

import { latestMail } from "../tests/helpers/outbox";
import { expectAccessible } from "./a11y";
import { signIn, signUp } from "./sign-in";
import { expect, test } from "./test";

const outbox = () => path.join(process.env.E2E_DATA_DIR!, "outbox");
const password = "a moving day passphrase";

test("change of email: the link goes to the new address, confirming swaps it, the old address is told", async ({
  page,
}) => {
  // A long journey through many pages: on a loaded CI machine each step can take seconds.
  test.setTimeout(240_000);
  const stamp = `${Date.now()}-${test.info().workerIndex}`;
  const oldEmail = `before-${stamp}@guild.test`;
  const newEmail = `after-${stamp}@guild.test`;
  await signUp(page, { email: oldEmail, password, name: "Mover Person" });
  await page.goto("/account");

  const emailPanel = page.getByRole("region", { name: "Email and role" });
  await emailPanel.getByRole("button", { name: "Change email" }).click();
  const form = page.getByRole("form", { name: "Change email" });
  await form.getByLabel("New email").fill(newEmail);
  await form.getByLabel("Current password").fill("not my password");
  await form.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(form.getByText("Your password is not correct.").first()).toBeVisible();
  await expect(form.getByLabel("New email")).toHaveValue(newEmail);
  await form.getByLabel("Current password").fill(password);
  await form.getByRole("button", { name: "Send confirmation link" }).click();

  // Waiting: the account keeps its address until the link is opened.
  await expect(emailPanel.getByText(`Waiting for you to confirm ${newEmail}`)).toBeVisible();
  await expect(emailPanel.getByText(`Until then you sign in with ${oldEmail}.`)).toBeVisible();
  await expectAccessible(page);

  // The link goes to the new address only.
  await expect.poll(() => latestMail(outbox(), newEmail)?.link).toBeTruthy();
  const mail = latestMail(outbox(), newEmail)!;
  expect(mail.subject).toBe("Confirm your new email address for Guild");
  const link = new URL(mail.link!);
  expect(link.pathname).toBe("/confirm-email-change");
  await expect
    .poll(() => latestMail(outbox(), oldEmail)?.subject)
    .toBe("Confirm your email for Guild");

  // Opening it shows a page that asks for a click (mail scanners that prefetch spend nothing).
  await page.goto(link.pathname + link.search);
  await expect(
    page.getByRole("heading", { level: 1, name: "Confirm your new email" }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my new email" }).click();
  await expect(page.getByText(`your Guild email is now ${newEmail}`)).toBeVisible();

  // The old address was told, without the new one spelled out.
  await expect
    .poll(() => latestMail(outbox(), oldEmail)?.subject)
    .toBe("Your Guild email address was changed");
  const notice = latestMail(outbox(), oldEmail)!;
  expect(notice.text).toContain("a***@guild.test");
  expect(notice.text).not.toContain(newEmail);

  // Signing in now takes the new address; the old one no longer has an account.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("button", { name: "Sign out" })
    .click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1$/);
  await signIn(page, oldEmail, password);
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "Email or password is incorrect.",
  );
  await signIn(page, newEmail, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/account");
  await expect(emailPanel.getByText(newEmail, { exact: true })).toBeVisible();
  await expect(emailPanel.getByText("Verified", { exact: true })).toBeVisible();
  await page.goto("/account/security");
  await expect(page.getByRole("list", { name: "Security events" })).toContainText(
    "Email address changed",
  );
});

test("a waiting change can be sent again or cancelled, and a cancelled link is dead", async ({
  page,
}) => {
  // Several pages, mail and zxcvbn: on a loaded CI machine each step can take seconds.
  test.setTimeout(240_000);
  const stamp = `${Date.now()}-${test.info().workerIndex}`;
  const email = `stay-${stamp}@guild.test`;
  const wanted = `elsewhere-${stamp}@guild.test`;
  await signUp(page, { email, password, name: "Staying Person" });
  await page.goto("/account");

  const emailPanel = page.getByRole("region", { name: "Email and role" });
  await emailPanel.getByRole("button", { name: "Change email" }).click();
  await emailPanel.getByLabel("New email").fill(wanted);
  await emailPanel.getByLabel("Current password").fill(password);
  await emailPanel.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(emailPanel.getByText(`Waiting for you to confirm ${wanted}`)).toBeVisible();
  await expect.poll(() => latestMail(outbox(), wanted)?.token).toBeTruthy();
  const first = latestMail(outbox(), wanted)!;

  await emailPanel.getByRole("button", { name: "Resend", exact: true }).click();
  await expect(emailPanel.getByText(`We sent a new link to ${wanted}.`)).toBeVisible();
  await expect
    .poll(() => {
      const token = latestMail(outbox(), wanted)?.token;
      return Boolean(token) && token !== first.token;
    })
    .toBe(true);
  const second = latestMail(outbox(), wanted)!;

  await emailPanel.getByRole("button", { name: "Cancel change" }).click();
  await expect(emailPanel.getByRole("button", { name: "Change email" })).toBeVisible();
  await expect(emailPanel.getByText(/Waiting for you to confirm/)).toHaveCount(0);
  await expect(emailPanel.getByText(email, { exact: true })).toBeVisible();

  // Neither the replaced link nor the cancelled one works.
  for (const mail of [first, second]) {
    const link = new URL(mail.link!);
    await page.goto(link.pathname + link.search);
    await page.getByRole("button", { name: "Confirm my new email" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /./ })).toContainText(
      "This link is invalid or has expired.",
    );
  }
  await page.goto("/account");
  await expect(emailPanel.getByText(email, { exact: true })).toBeVisible();
});
