import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";

import { expectAccessible } from "./a11y";
import { signIn, signUp } from "./sign-in";
import { expect, test } from "./test";

const password = "a quiet harbour passphrase";

test("a person downloads a copy of their data, then deletes their account and is signed out for good", async ({
  page,
}) => {
  // Sign-up, a job, a download and a deletion: on a loaded CI machine each step can take seconds.
  test.setTimeout(240_000);
  const email = `own-data-${Date.now()}-${test.info().workerIndex}@guild.test`;
  await signUp(page, { email, password, name: "Marisol Data-Owner", role: "freelancer" });

  await page.goto("/account");
  await page
    .getByRole("navigation", { name: "Account" })
    .getByRole("link", { name: "Your data" })
    .click();
  await expect(page).toHaveURL(/\/account\/privacy$/);
  await expectAccessible(page);

  const exportPanel = page.getByRole("region", { name: "Download a copy of your data" });
  await exportPanel.getByRole("button", { name: "Request my data" }).click();
  // The job runs in the background; its notification reaches the bell.
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications/ });
  await expect(async () => {
    await page.reload();
    await expect(bell).toHaveAccessibleName(/Notifications, \d+ unread/, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await bell.click();
  await page.getByRole("link", { name: "A copy of your data is ready to download" }).click();
  await expect(page).toHaveURL(/\/account\/privacy$/);
  await expect(exportPanel.getByRole("button", { name: "Request my data" })).toBeDisabled();
  await expect(exportPanel.getByText(/You can ask again after/)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exportPanel.getByRole("link", { name: "Download archive" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^guild-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const archive = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const data = JSON.parse(strFromU8(archive["guild-data.json"]!)) as {
    account: { email: string; name: string }[];
  };
  expect(data.account[0]).toMatchObject({ email, name: "Marisol Data-Owner" });

  // Deleting asks for the password in a dialog; a wrong one is refused there.
  const deletePanel = page.getByRole("region", { name: "Delete your account" });
  await deletePanel.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await dialog.getByLabel("Your password").fill("not my password");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("Your password is not correct.").first()).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel("Your password").fill(password);
  await dialog.getByRole("button", { name: "Delete my account" }).click();

  // Signed out at once, and the old address signs nobody in.
  await expect(page).toHaveURL(/\/$/, { timeout: 15_000 });
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto("/account/privacy");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email, password);
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "Email or password is incorrect.",
  );
});
