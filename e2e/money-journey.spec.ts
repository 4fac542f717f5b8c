import path from "node:path";
import { createClient } from "@libsql/client";
import type { Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signedInContext } from "./sign-in";
import { expect, test } from "./test";
import { trpcMutation, trpcQuery } from "./trpc-http";

/**
 * Issue 14's journey on a fresh server with no configuration (the sandbox provider): a client
 * hires and funds the first milestone with a test card, the freelancer hands it in, the client
 * approves it, the freelancer's earnings show it less the fee and the client downloads the
 * receipt; a second milestone is released by itself once its review period is over (time
 * moved through the job's run-at, never by sleeping).
 */

/** The review period passes: the milestone's auto-release job is due now. */
async function reviewPeriodPasses(milestoneId: string) {
  const db = createClient({ url: `file:${path.join(process.env.E2E_DATA_DIR!, "e2e.db")}` });
  try {
    // The server writes to the same file: wait for its lock rather than fail with SQLITE_BUSY.
    await db.execute("PRAGMA busy_timeout = 10000");
    const moved = await db.execute({
      sql: `update jobs set run_at = ? where name = 'milestone.auto_release'
            and status = 'waiting' and json_extract(payload, '$.milestoneId') = ?`,
      args: [Date.now() - 1_000, milestoneId],
    });
    expect(moved.rowsAffected).toBe(1);
  } finally {
    db.close();
  }
}

async function pay(page: Page, amount: string) {
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: `Pay ${amount}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Payment received" })).toBeVisible();
}

async function handIn(page: Page, title: string) {
  const milestone = page.getByRole("article", { name: `Milestone ${title}` });
  await milestone.getByRole("button", { name: `Submit for review: ${title}` }).click();
  await milestone.getByLabel("What you delivered").fill(`The ${title.toLowerCase()}, tested.`);
  await milestone.getByRole("button", { name: "Send for review" }).click();
  await expect(milestone).toContainText("Submitted for review");
}

test("hire and fund with a test card, hand in, approve, see the earnings less the fee, download the receipt; a second milestone released by itself", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const title = `Money journey ${Date.now()}`;
  const client = await signedInContext(browser, "client@guild.example");
  const freelancer = await signedInContext(browser, "freelancer@guild.example");

  // A published project with the demo freelancer's $3,000 bid (set up through the API).
  const skills = await trpcQuery<{ id: number }[]>(client.context.request, "marketplace.skills");
  const created = await trpcMutation<{ id: string }>(client.context.request, "project.create", {
    title,
    description:
      "Two parts: a booking form, then the reminders it sends. Each part is a milestone of its own.",
    budgetType: "fixed",
    budgetMinMinor: 200_000,
    budgetMaxMinor: 400_000,
    currency: "USD",
    experienceLevel: "intermediate",
    duration: "1_to_4_weeks",
    deadline: null,
    skillIds: [skills.data![0]!.id],
  });
  const projectId = created.data!.id;
  await trpcMutation(client.context.request, "project.publish", { id: projectId });
  const bid = await trpcMutation(freelancer.context.request, "proposal.submit", {
    projectId,
    coverLetter:
      "I have built booking forms and reminder systems for three clinics; both parts in two weeks.",
    bidMinor: 300_000,
    estimatedDuration: "1_to_4_weeks",
  });
  expect(bid.response.ok()).toBe(true);

  // The client hires, planning the first milestone, and pays it into escrow.
  const page = client.page;
  await page.goto(`/my/projects/${projectId}`);
  await page.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  const hire = page.getByRole("dialog", { name: /^Hire Freelancer Demo/ });
  await hire.getByLabel("Milestone", { exact: true }).fill("Booking form");
  await hire.getByLabel("Amount (USD)").fill("2,000");
  // The hire carries its own Idempotency-Key, so a retried click is answered, not repeated.
  const hireRequest = page.waitForRequest((request) => request.url().includes("proposal.accept"));
  await hire.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  expect((await hireRequest).headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page).toHaveURL(/\/milestones\/[0-9a-f-]{36}\/fund$/);
  await pay(page, "$2,000");
  const contractPath = new URL(page.url()).pathname;
  const form = (p: Page) => p.getByRole("article", { name: "Milestone Booking form" });
  await expect(form(page)).toContainText("Funded · $2,000 in escrow");

  // The client plans the second part too (approving the first alone would complete the contract).
  const contractId = contractPath.split("/").at(-1)!;
  const second = await trpcMutation<{ id: string }>(
    client.context.request,
    "contract.addMilestone",
    {
      contractId,
      title: "Reminders",
      amountMinor: 100_000,
    },
  );
  expect(second.response.ok()).toBe(true);

  // The freelancer hands it in; the client approves and the money is released.
  await freelancer.page.goto(contractPath);
  await handIn(freelancer.page, "Booking form");
  await page.reload();
  const approveRequest = page.waitForRequest((request) =>
    request.url().includes("contract.approveMilestone"),
  );
  await form(page).getByRole("button", { name: "Approve Booking form" }).click();
  expect((await approveRequest).headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
  await expect(form(page)).toContainText("Released · $2,000");

  // The freelancer's earnings: $2,000 less the 10 % fee.
  await freelancer.page.goto("/earnings");
  const released = freelancer.page
    .getByRole("region", { name: "Transactions" })
    .getByRole("row", { name: /Released “Booking form”/ });
  await expect(released).toContainText("$1,800");
  await expect(released).toContainText("fee $200");
  await expectAccessible(freelancer.page);

  // The client's receipt, as a page and a PDF.
  await page.goto("/billing");
  const payment = page.getByRole("row", { name: new RegExp(title) });
  await expect(payment).toContainText("$2,000");
  await payment.getByRole("link", { name: /^Receipt/ }).click();
  await expect(page.getByText(/^GLD-\d{6}$/)).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^guild-receipt-GLD-\d{6}\.pdf$/);

  // The second milestone, funded and handed in, is never answered: its review period passes.
  await page.goto(contractPath);
  const reminders = (p: Page) => p.getByRole("article", { name: "Milestone Reminders" });
  await reminders(page)
    .getByRole("link", { name: /^Fund milestone: Reminders/ })
    .click();
  await pay(page, "$1,000");
  await freelancer.page.goto(contractPath);
  await handIn(freelancer.page, "Reminders");
  await expect(reminders(freelancer.page)).toContainText(/Paid to you automatically on/);

  await reviewPeriodPasses(second.data!.id);
  await expect(async () => {
    await freelancer.page.reload();
    await expect(reminders(freelancer.page)).toContainText("Released · $1,000", {
      timeout: 2_000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(freelancer.page.getByText("Completed", { exact: true })).toBeVisible();
  await freelancer.page.goto("/earnings");
  await expect(
    freelancer.page
      .getByRole("region", { name: "Transactions" })
      .getByRole("row", { name: /Released “Reminders”/ }),
  ).toContainText("$900");

  await client.context.close();
  await freelancer.context.close();
});
