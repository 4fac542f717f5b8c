import type { APIRequestContext, Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signedInContext } from "./sign-in";
import { expect, test } from "./test";
import { trpcMutation, trpcQuery } from "./trpc-http";

/**
 * Funding a milestone with the sandbox: the client hires with a first milestone, lands on its
 * funding page, is told inline when a card is declined, confirms a card that asks for
 * authentication, and the freelancer then sees the milestone funded and may hand it in.
 */

async function expectAccessibleLightAndDark(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
}

/** An open fixed-price project of the demo client's with the demo freelancer's $2,000 bid. */
async function projectWithProposal(
  client: APIRequestContext,
  freelancer: APIRequestContext,
  title: string,
) {
  const skills = await trpcQuery<{ id: number }[]>(client, "marketplace.skills");
  const created = await trpcMutation<{ id: string }>(client, "project.create", {
    title,
    description:
      "We need a small booking widget that works with a keyboard and a screen reader, embedded on our site.",
    budgetType: "fixed",
    budgetMinMinor: 150_000,
    budgetMaxMinor: 300_000,
    currency: "USD",
    experienceLevel: "intermediate",
    duration: "1_to_4_weeks",
    deadline: null,
    skillIds: [skills.data![0]!.id],
  });
  const projectId = created.data!.id;
  expect((await trpcMutation(client, "project.publish", { id: projectId })).response.ok()).toBe(
    true,
  );
  const sent = await trpcMutation(freelancer, "proposal.submit", {
    projectId,
    coverLetter:
      "I build accessible widgets for a living; here is how I would approach yours, with tests and an audit.",
    bidMinor: 200_000,
    estimatedDuration: "1_to_4_weeks",
  });
  expect(sent.response.ok()).toBe(true);
  return projectId;
}

async function payWith(page: Page, number: string) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Pay \$/ }).click();
}

test("a client hires with a first milestone and funds it; the freelancer sees it funded", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Clinic funding ${Date.now()}`;
  const client = await signedInContext(browser, "client@guild.example");
  const freelancer = await signedInContext(browser, "freelancer@guild.example");
  const projectId = await projectWithProposal(
    client.context.request,
    freelancer.context.request,
    title,
  );
  const page = client.page;

  // Hiring plans the first milestone: the whole bid unless the client says otherwise.
  await page.goto(`/my/projects/${projectId}`);
  await page.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  const dialog = page.getByRole("dialog", {
    name: "Hire Freelancer Demo for $2,000 (fixed price)?",
  });
  await expect(dialog.getByLabel("Milestone", { exact: true })).toHaveValue("First milestone");
  await expect(dialog.getByLabel("Amount (USD)")).toHaveValue("2000");
  await expect(dialog).toContainText(
    "Next you fund it: the money is held in escrow until you approve the work.",
  );
  await dialog.getByLabel("Amount (USD)").fill("2,500");
  await dialog.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await expect(dialog.getByText("Keep it within the contract amount, $2,000.")).toBeVisible();
  await dialog.getByLabel("Milestone", { exact: true }).fill("Booking flow");
  await dialog.getByLabel("Amount (USD)").fill("1,500");
  await dialog.getByRole("button", { name: "Hire Freelancer Demo" }).click();

  // The funding page: what is paid now, who pays the fee.
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}\/milestones\/[0-9a-f-]{36}\/fund$/);
  const fundUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: "Fund “Booking flow”", level: 1 })).toBeVisible();
  await expect(page.getByRole("note")).toHaveText(
    "Test mode: payments use Guild's sandbox. No real money moves.",
  );
  await expect(page.getByText("Guild's 10 % service fee is paid by the freelancer")).toContainText(
    "you pay $1,500",
  );
  await page.getByText("Test cards").click();
  await expect(page.getByText("4000 0025 0000 3155")).toBeVisible();
  await expectAccessibleLightAndDark(page);

  // Checked in the browser first, under each field.
  await page.getByRole("button", { name: "Pay $1,500" }).click();
  await expect(page.getByText("Enter a valid card number.")).toBeVisible();
  await expect(page.getByText("Enter the expiry as MM/YY.")).toBeVisible();

  // A declined card says so inline, and keeps what was typed.
  await payWith(page, "4000 0000 0000 0002");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card was declined.");
  await expect(page.getByLabel("Card number")).toHaveValue("4000 0000 0000 0002");
  await expect(page).toHaveURL(new RegExp(`${fundUrl}$`));

  // A card that asks the bank: the sandbox's stand-in for its page, then paid.
  await page.getByRole("button", { name: "Use the card 4000 0025 0000 3155" }).click();
  await expect(page.getByLabel("Card number")).toHaveValue("4000 0025 0000 3155");
  await page.getByRole("button", { name: "Pay $1,500" }).click();
  const bank = page.getByRole("dialog", {
    name: "Your bank asks you to confirm this payment (sandbox)",
  });
  await expect(bank).toBeVisible();
  await expectAccessible(page);
  await bank.getByRole("button", { name: "Confirm" }).click();
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}\?funded=/);
  await expect(page.getByRole("status").filter({ hasText: "Payment received" })).toContainText(
    "$1,500 is held in escrow for “Booking flow”",
  );
  const milestone = (p: Page) => p.getByRole("article", { name: "Milestone Booking flow" });
  await expect(milestone(page)).toContainText("Funded · $1,500 in escrow");
  await expect(milestone(page).getByRole("link", { name: /^Fund/ })).toHaveCount(0);
  const contractUrl = new URL(page.url()).pathname;

  // The freelancer sees it funded and may hand it in; the funding page is not theirs.
  await freelancer.page.goto(contractUrl);
  await expect(milestone(freelancer.page)).toContainText("Funded · $1,500 in escrow");
  await expect(freelancer.page.getByRole("note")).toContainText("Test mode");
  await expect(
    milestone(freelancer.page).getByRole("button", { name: "Submit for review: Booking flow" }),
  ).toBeVisible();
  await freelancer.page.goto(fundUrl);
  await expect(freelancer.page.getByRole("main").getByRole("status")).toContainText(
    "Only Client Demo, the client, funds this milestone.",
  );

  // Funded, the page says there is nothing left to pay.
  await page.goto(fundUrl);
  await expect(page.getByText("This milestone is already funded")).toBeVisible();
  await client.context.close();
  await freelancer.context.close();
});

test("the freelancer waits for funding; the client funds from the contract page", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const client = await signedInContext(browser, "client@guild.example");
  const freelancer = await signedInContext(browser, "freelancer@guild.example");
  const projectId = await projectWithProposal(
    client.context.request,
    freelancer.context.request,
    `Clinic waiting ${Date.now()}`,
  );
  const proposals = await trpcQuery<{ proposals: { id: string }[] }>(
    client.context.request,
    "project.manage",
    { id: projectId },
  );
  const hired = await trpcMutation<{ id: string; firstMilestoneId: string }>(
    client.context.request,
    "proposal.accept",
    {
      id: proposals.data!.proposals[0]!.id,
      firstMilestone: { title: "Reminders", amountMinor: 80_000 },
    },
  );
  const contractUrl = `/contracts/${hired.data!.id}`;
  const milestone = (p: Page) => p.getByRole("article", { name: "Milestone Reminders" });

  await freelancer.page.goto(contractUrl);
  await expect(milestone(freelancer.page)).toContainText("Not funded");
  await expect(milestone(freelancer.page)).toContainText(
    "Waiting for the client to fund this milestone.",
  );
  await expect(milestone(freelancer.page).getByRole("button", { name: /^Submit/ })).toHaveCount(0);

  await client.page.goto(contractUrl);
  await expect(milestone(client.page)).toContainText("Not funded");
  await milestone(client.page)
    .getByRole("link", { name: "Fund milestone: Reminders ($800)" })
    .click();
  await expect(client.page.getByRole("heading", { name: "Fund “Reminders”" })).toBeVisible();
  await payWith(client.page, "4242 4242 4242 4242");
  await expect(milestone(client.page)).toContainText("Funded · $800 in escrow");

  await freelancer.page.reload();
  await expect(milestone(freelancer.page)).toContainText("Funded · $800 in escrow");
  await expect(
    milestone(freelancer.page).getByRole("button", { name: "Submit for review: Reminders" }),
  ).toBeVisible();
  await client.context.close();
  await freelancer.context.close();
});
