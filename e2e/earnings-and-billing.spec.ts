import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";

import { latestMail } from "../tests/helpers/outbox";
import { expectAccessible } from "./a11y";
import { signIn, signUp } from "./sign-in";
import { expect, test } from "./test";
import { trpcMutation, trpcQuery } from "./trpc-http";

/**
 * Money from both sides: a freelancer paid for a milestone sees it less Guild's fee, filters
 * and downloads the history and withdraws it; the client finds the payment on Billing, with a
 * receipt to print and download.
 */

const outbox = () => path.join(process.env.E2E_DATA_DIR!, "outbox");

/** A new freelancer nobody else's test touches (so the balances are theirs alone), verified. */
async function newFreelancer(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `earner-${Date.now()}@guild.test`;
  await signUp(page, {
    email,
    password: "a long earnings passphrase",
    name: "Earner Person",
    role: "freelancer",
  });
  await expect.poll(() => latestMail(outbox(), email)?.link, { timeout: 20_000 }).toBeTruthy();
  const link = new URL(latestMail(outbox(), email)!.link!);
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText(`${email} is confirmed`)).toBeVisible();
  return { context, page };
}

async function demoClient(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "client@guild.example");
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return { context, page };
}

/**
 * Hired, planned, funded with the sandbox's test card, handed in and approved: through the
 * procedures, as each side's browser would call them.
 */
async function releasedMilestone(client: Page, freelancer: Page, title: string) {
  const skills = await trpcQuery<{ id: number }[]>(client.request, "marketplace.skills");
  const project = await trpcMutation<{ id: string }>(client.request, "project.create", {
    title,
    description:
      "A logo and a small set of icons for our bakery, delivered as SVG with a short usage guide.",
    budgetType: "fixed",
    budgetMinMinor: 50_000,
    budgetMaxMinor: 150_000,
    currency: "USD",
    experienceLevel: "intermediate",
    duration: "1_to_4_weeks",
    deadline: null,
    skillIds: [skills.data![0]!.id],
  });
  expect(project.response.ok(), await project.response.text()).toBe(true);
  await trpcMutation(client.request, "project.publish", { id: project.data!.id });
  const proposal = await trpcMutation<{ id: string }>(freelancer.request, "proposal.submit", {
    projectId: project.data!.id,
    coverLetter:
      "I design logos for food shops; I can send three sketches this week and the final files the next.",
    bidMinor: 100_000,
    estimatedDuration: "1_to_4_weeks",
  });
  expect(proposal.response.ok(), await proposal.response.text()).toBe(true);
  const contract = await trpcMutation<{ id: string }>(client.request, "proposal.accept", {
    id: proposal.data!.id,
  });
  const milestone = await trpcMutation<{ id: string }>(client.request, "contract.addMilestone", {
    contractId: contract.data!.id,
    title: "Logo design",
    amountMinor: 100_000,
  });
  const funded = await trpcMutation(client.request, "payment.fundMilestone", {
    milestoneId: milestone.data!.id,
    card: { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" },
  });
  expect(funded.response.ok(), await funded.response.text()).toBe(true);
  const handedIn = await trpcMutation(freelancer.request, "contract.submitMilestone", {
    id: milestone.data!.id,
    note: "The logo in SVG and PNG.",
    links: [],
  });
  expect(handedIn.response.ok()).toBe(true);
  const approved = await trpcMutation(client.request, "contract.approveMilestone", {
    id: milestone.data!.id,
  });
  expect(approved.response.ok(), await approved.response.text()).toBe(true);
}

/** One of the balances ("Available", "Pending", "Paid out") in a currency's card. */
const figure = (page: Page, term: string) =>
  page
    .getByRole("region", { name: "Balance in USD" })
    .locator("div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole("definition")
    .first();

async function expectAccessibleInBothSchemes(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a freelancer sees a release less the fee, filters and downloads the history, and withdraws it; the client finds the payment and its receipt", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const title = `Bakery logo ${Date.now()}`;
  const freelancer = await newFreelancer(browser);
  const client = await demoClient(browser);
  await releasedMilestone(client.page, freelancer.page, title);

  // The freelancer's earnings: $1,000 released less the 10 % fee.
  const page = freelancer.page;
  await page.goto("/earnings");
  await expect(page.getByRole("heading", { name: "Earnings", level: 1 })).toBeVisible();
  await expect(figure(page, "Available")).toHaveText("$900");
  await expect(figure(page, "Pending")).toHaveText("$0");
  await expect(figure(page, "Paid out")).toHaveText("$0");
  await expect(page.getByText("Sandbox payouts need no bank account")).toBeVisible();
  const history = page.getByRole("region", { name: "Transactions" });
  const released = history.getByRole("row", { name: /Released “Logo design”/ });
  await expect(released).toContainText("+$900");
  await expect(released).toContainText("fee $100");
  await expectAccessibleInBothSchemes(page);

  // Filtered to withdrawals: nothing yet, and the filter is in the URL.
  await page.getByLabel("Kind").selectOption("payout");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]kind=payout/);
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(released).toBeVisible();
  await expect(page.getByLabel("Kind")).toHaveValue("");
  // A filter the page does not know is left out, and it says so.
  await page.goto("/earnings?kind=bogus");
  await expect(
    page.getByRole("note").filter({ hasText: "Some of this link was not understood" }),
  ).toContainText("kind");
  await expect(released).toBeVisible();

  // The history as a CSV file.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^guild-earnings-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await csv.path())!, "utf8");
  expect(text).toContain("Date (UTC),Description,Account,Kind,Amount,Fee,Currency");
  expect(text).toContain("Released “Logo design”,Available,Release,900.00,100.00,USD");

  // Withdrawing everything: on its way at once, then paid out by the sandbox.
  const withdraw = page.getByRole("form", { name: "Withdraw USD" });
  await expect(withdraw.getByLabel("Amount to withdraw (USD)")).toHaveValue("900");
  await withdraw.getByLabel("Amount to withdraw (USD)").fill("901");
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(withdraw.getByText("You can withdraw up to $900.")).toBeVisible();
  await withdraw.getByLabel("Amount to withdraw (USD)").fill("900");
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(withdraw.getByText("$900 is on its way to you.")).toBeVisible();
  await expect(figure(page, "Paid out")).toHaveText("$900", { timeout: 30_000 });
  await expect(figure(page, "Available")).toHaveText("$0");
  await expect(figure(page, "Pending")).toHaveText("$0");
  await expect(history.getByRole("row", { name: /Withdrawal paid out/ }).first()).toBeVisible();
  await expectAccessibleInBothSchemes(page);

  // The client's billing: the payment, paid by card, with its receipt.
  const billing = client.page;
  await billing.goto("/billing");
  await expect(billing.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  const payment = billing.getByRole("row", { name: new RegExp(title) });
  await expect(payment).toContainText("$1,000");
  await expect(payment).toContainText("Visa ending 4242");
  await expect(payment).toContainText("Paid");
  await expectAccessibleInBothSchemes(billing);
  await payment.getByRole("link", { name: /^Receipt/ }).click();
  await expect(billing.getByRole("heading", { name: "Receipt", level: 1 })).toBeVisible();
  await expect(billing.getByText(/^GLD-\d{6}$/)).toBeVisible();
  await expect(billing.getByRole("article")).toContainText(title);
  await expect(billing.getByRole("article")).toContainText("Earner Person");
  await expect(billing.getByRole("article")).toContainText("$1,000");
  await expectAccessibleInBothSchemes(billing);
  const pdfDownload = billing.waitForEvent("download");
  await billing.getByRole("link", { name: "Download PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^guild-receipt-GLD-\d{6}\.pdf$/);
  expect(
    readFileSync((await pdf.path())!)
      .subarray(0, 4)
      .toString(),
  ).toBe("%PDF");

  // The freelancer has no way to the client's receipt.
  const receiptUrl = new URL(billing.url()).pathname;
  const stranger = await page.goto(receiptUrl);
  expect(stranger?.status()).toBe(404);

  await Promise.all([client.context.close(), freelancer.context.close()]);
});
