import path from "node:path";
import { createClient, type InArgs } from "@libsql/client";
import { type Browser, expect } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

import { signUp } from "./sign-in";

/** A statement on the e2e server's database, run directly (setup a person could not do). */
export async function queryE2eDatabase(sql: string, args: InArgs = []) {
  const db = createClient({ url: `file:${path.join(process.env.E2E_DATA_DIR!, "e2e.db")}` });
  try {
    // The server writes to the same file: wait for its write lock instead of failing at once
    // with SQLITE_BUSY (a busy CI machine made the disputes journey fail that way).
    await db.execute("PRAGMA busy_timeout = 10000");
    return (await db.execute({ sql, args })).rows;
  } finally {
    db.close();
  }
}

/** What an authenticator app holding `secret` shows now. */
export function totpNow(secret: string) {
  return new TOTP({
    secret: Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: "SHA1",
  }).generate();
}

let made = 0;

/**
 * A browser context signed in as a fresh admin whose session proved a second factor, on the
 * admin console. Each call makes its own admin: the demo admin signs in without a code in
 * other specs, so its two-factor settings are not ours to change. The account is signed up
 * through the form, made an admin in the database (`npm run user:promote` would also end its
 * session), and turns on two-factor authentication through Account → Security: confirming the
 * setup with a code proves it for this session.
 */
export async function signedInAdmin(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `admin-${Date.now()}-${++made}-${process.pid}@guild.test`;
  const password = "an admin's long passphrase";
  await signUp(page, { email, password, name: "Console Admin" });
  await queryE2eDatabase("update users set role = 'admin' where email = ?", [email]);

  await page.goto("/account/security");
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from your app").fill(totpNow(secret));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await page.getByRole("button", { name: "I've saved my recovery codes" }).click();
  await expect(page.getByText(/Status: on/)).toBeVisible();

  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
  return { context, page, email, password, secret };
}
