import type { Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signedInAdmin } from "./admin-session";
import { signedInContext } from "./sign-in";
import { expect, test } from "./test";
import { trpcMutation, trpcQuery } from "./trpc-http";

/** A 1×1 PNG: the client's screenshot. */
const SCREENSHOT = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** A small PDF: the freelancer's delivery notes. */
function pdfBytes() {
  const bytes = Buffer.alloc(1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
  bytes.write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 0, "latin1");
  return bytes;
}

const milestoneCard = (page: Page) => page.getByRole("article", { name: "Milestone Storefront" });

/**
 * Issue 15's dispute journey: a client disputes a handed-in milestone with a screenshot; its
 * money is frozen; the freelancer answers with a file; an admin takes it up and splits it
 * 60/40; the freelancer's earnings and the client's refund and credit note show it.
 */
test("a client disputes a milestone with a screenshot, the freelancer answers with a file, an admin splits it 60/40, and both sides' money shows it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const title = `Disputed storefront ${Date.now()}`;
  const client = await signedInContext(browser, "client@guild.example");
  const freelancer = await signedInContext(browser, "freelancer@guild.example");

  // A project with the demo freelancer's bid (set up through the API), hired and funded.
  const skills = await trpcQuery<{ id: number }[]>(client.context.request, "marketplace.skills");
  const created = await trpcMutation<{ id: string }>(client.context.request, "project.create", {
    title,
    description: "A storefront for a bakery: product pages, a basket and a checkout.",
    budgetType: "fixed",
    budgetMinMinor: 50_000,
    budgetMaxMinor: 150_000,
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
    coverLetter: "I have built four bakery storefronts; this one in two weeks, tested on phones.",
    bidMinor: 100_000,
    estimatedDuration: "1_to_4_weeks",
  });
  expect(bid.response.ok()).toBe(true);

  const page = client.page;
  await page.goto(`/my/projects/${projectId}`);
  await page.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  const hire = page.getByRole("dialog", { name: /^Hire Freelancer Demo/ });
  await hire.getByLabel("Milestone", { exact: true }).fill("Storefront");
  await hire.getByLabel("Amount (USD)").fill("1,000");
  await hire.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await expect(page).toHaveURL(/\/milestones\/[0-9a-f-]{36}\/fund$/);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Pay $1,000" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Payment received" })).toBeVisible();
  const contractPath = new URL(page.url()).pathname;
  const contractId = contractPath.split("/").at(-1)!;
  const workspace = await trpcQuery<{ milestones: { id: string }[] }>(
    freelancer.context.request,
    "contract.workspace",
    { id: contractId },
  );
  const handedIn = await trpcMutation(freelancer.context.request, "contract.submitMilestone", {
    id: workspace.data!.milestones[0]!.id,
    note: "The storefront, with the basket.",
    links: [],
  });
  expect(handedIn.response.ok()).toBe(true);

  // The client opens a dispute from the contract page, with a screenshot as evidence.
  await page.goto(contractPath);
  await page.getByRole("button", { name: "Open a dispute" }).click();
  const form = page.getByRole("form", { name: "Open a dispute" });
  await expect(form.getByLabel("What is it about")).toHaveValue(workspace.data!.milestones[0]!.id);
  await form.getByLabel("What went wrong").fill("Too short");
  await form.getByRole("button", { name: "Open the dispute" }).click();
  await expect(form.getByText(/at least 20 characters/)).toBeVisible();
  await form
    .getByLabel("What went wrong")
    .fill("The checkout was not built: the basket stops at an empty page (screenshot attached).");
  await form
    .getByLabel("Attach evidence")
    .setInputFiles({ name: "empty-checkout.png", mimeType: "image/png", buffer: SCREENSHOT });
  await expect(form.getByText("Uploaded", { exact: true })).toBeVisible();
  await form.getByRole("button", { name: "Open the dispute" }).click();
  await expect(page).toHaveURL(new RegExp(`${contractPath}/disputes/[0-9a-f-]{36}$`));
  const disputePath = new URL(page.url()).pathname;
  const disputeId = disputePath.split("/").at(-1)!;
  await expect(page.getByRole("heading", { name: "Dispute over “Storefront”" })).toBeVisible();
  await expect(page.getByText("Open", { exact: true })).toBeVisible();
  await expect(
    page.getByText(/\$1,000 is frozen while Guild's admin looks into this/),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /^empty-checkout\.png/ })).toBeVisible();
  await expectAccessible(page);

  // The milestone's card says so, and no longer offers to approve it.
  await page.goto(contractPath);
  await expect(milestoneCard(page)).toContainText("In dispute: $1,000 is frozen");
  await expect(milestoneCard(page).getByRole("button", { name: /^Approve/ })).toHaveCount(0);

  // The freelancer follows the card to the dispute and answers with a file.
  await freelancer.page.goto(contractPath);
  await milestoneCard(freelancer.page).getByRole("link", { name: "See the dispute" }).click();
  await expect(freelancer.page).toHaveURL(disputePath);
  const reply = freelancer.page.getByRole("form", { name: "Add to the dispute" });
  await reply
    .getByLabel("Add to the dispute")
    .fill("The checkout works with a card; the empty page is the basket with nothing in it.");
  await reply
    .getByLabel("Attach evidence")
    .setInputFiles({ name: "checkout-notes.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
  await expect(reply.getByText("Uploaded", { exact: true })).toBeVisible();
  await reply.getByRole("button", { name: "Send" }).click();
  await expect(reply.getByText("Added to the dispute.")).toBeVisible();
  await expect(freelancer.page.getByRole("link", { name: /^checkout-notes\.pdf/ })).toBeVisible();
  // Only whoever opened it may withdraw it.
  await expect(freelancer.page.getByRole("button", { name: "Withdraw the dispute" })).toHaveCount(
    0,
  );

  // An admin finds it in the queue, takes it up and splits it 60/40.
  const admin = await signedInAdmin(browser);
  await admin.page.goto("/admin/disputes");
  await admin.page.getByRole("link", { name: `${title}: “Storefront”` }).click();
  await expect(admin.page).toHaveURL(`/admin/disputes/${disputeId}`);
  await expect(admin.page.getByRole("link", { name: /^checkout-notes\.pdf/ })).toBeVisible();
  await admin.page.getByRole("button", { name: "Take it up" }).click();
  await expect(admin.page.getByText("Under review", { exact: true })).toBeVisible();
  const settle = admin.page.getByRole("form", { name: "Settle the dispute" });
  await settle.getByLabel("Split it").check();
  await settle.getByLabel(/receives \(USD\)/).fill("6oo");
  await expect(settle.getByText("Type an amount such as 600 or 600.50.")).toBeVisible();
  await settle.getByLabel(/receives \(USD\)/).fill("600");
  await settle
    .getByLabel("Your decision, as both parties will read it")
    .fill("The basket and product pages were delivered; the checkout needs a fix. 60/40.");
  await expect(settle).toContainText("Settling sends $600 to Freelancer Demo");
  await expect(settle).toContainText("$400 back to");
  await expectAccessible(admin.page);
  await settle.getByRole("button", { name: "Settle the dispute" }).click();
  await expect(admin.page.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(admin.page.getByRole("form", { name: "Settle the dispute" })).toHaveCount(0);

  // Both parties read the decision; the freelancer's earnings show $600 less the fee.
  await freelancer.page.goto(disputePath);
  const decision = freelancer.page.getByRole("region", { name: /^Decision/ });
  await expect(decision).toContainText("$600");
  await expect(decision).toContainText("$400");
  await expect(decision).toContainText("the checkout needs a fix");
  await freelancer.page.goto("/earnings");
  const settled = freelancer.page
    .getByRole("region", { name: "Transactions" })
    .getByRole("row", { name: /Dispute over “Storefront” settled/ });
  await expect(settled).toContainText("$540");
  await expect(settled).toContainText("fee $60");

  // The client's billing shows the $400 refund, with its credit note.
  await page.goto("/billing");
  const refund = page
    .getByRole("region", { name: "Refunds" })
    .getByRole("listitem")
    .filter({ hasText: "$400 refunded" })
    .filter({ hasText: "settled by a dispute's decision" })
    .first();
  await expect(refund).toBeVisible();
  await refund.getByRole("link", { name: /^Credit note/ }).click();
  await expect(page.getByText(/^GLD-\d{6}$/)).toBeVisible();
  await expect(
    page.getByText("Refund of “Storefront”: settled by a dispute's decision"),
  ).toBeVisible();

  await admin.context.close();
  await client.context.close();
  await freelancer.context.close();
});
