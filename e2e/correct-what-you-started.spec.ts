import type { APIRequestContext, Browser, Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";
import { signedInRequest, trpcMutation, trpcQuery } from "./trpc-http";

/**
 * Correcting what you started: a client edits a project and its milestones, a freelancer
 * edits and withdraws proposals, hiring asks first, and a resubmitted milestone keeps what
 * came before.
 */

async function signedIn(browser: Browser, email: string, timezoneId?: string) {
  const context = await browser.newContext({ timezoneId });
  const page = await context.newPage();
  await signIn(page, email);
  // Checking a password is deliberately slow, and slower still on a loaded machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return { context, page };
}

const brief = (title: string) => ({
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
});

const coverLetter =
  "I build accessible widgets for a living; here is how I would approach yours, with tests and an audit.";

/** An open project of the demo client's, made through the API as the client would. */
async function openProject(client: APIRequestContext, title: string) {
  const skills = await trpcQuery<{ id: number }[]>(client, "marketplace.skills");
  const created = await trpcMutation<{ id: string }>(client, "project.create", {
    ...brief(title),
    skillIds: [skills.data![0]!.id],
  });
  const published = await trpcMutation(client, "project.publish", { id: created.data!.id });
  expect(published.response.ok()).toBe(true);
  return created.data!.id;
}

/** A freelancer's proposal on it, sent through the API; returns the proposal's id. */
async function propose(freelancer: APIRequestContext, projectId: string) {
  const sent = await trpcMutation<{ id: string }>(freelancer, "proposal.submit", {
    projectId,
    coverLetter,
    bidMinor: 200_000,
    estimatedDuration: "1_to_4_weeks",
  });
  expect(sent.response.ok()).toBe(true);
  return sent.data!.id;
}

/** Someone else proposing: signed in just for that. */
async function proposeAs(browser: Browser, baseURL: string, email: string, projectId: string) {
  const freelancer = await signedInRequest(browser, baseURL, email);
  await propose(freelancer.request, projectId);
  await freelancer.close();
}

test("a client edits a draft, publishes it and edits it again: everyone sees it was edited", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Booking widget ${Date.now()}`;
  const client = await signedIn(browser, "client@guild.example");
  const page = client.page;
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill(brief(title).description);
  await page.getByLabel("Budget from").fill("1,500");
  await page.getByLabel("Budget up to").fill("3,000");
  await page.getByLabel("React", { exact: true }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);

  // A draft: edited freely, nobody is told.
  await page.getByRole("link", { name: "Edit project" }).click();
  await expect(page.getByRole("heading", { name: "Edit project", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Budget up to")).toHaveValue("3000");
  await expect(page.getByLabel("React", { exact: true })).toBeChecked();
  await page.getByLabel("Title").fill("Too short");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText("Use at least 10 characters so freelancers know what it is"),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Title").fill(`${title}, accessible`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  const facts = page.getByText(/^(Draft|Open) ·/);
  await expect(page.getByRole("heading", { name: `${title}, accessible`, level: 1 })).toBeVisible();
  await expect(facts).not.toContainText("edited");

  // Published: the currency and budget type are fixed, and a change is marked.
  await page.getByRole("button", { name: "Publish project" }).click();
  await expect(page.getByText(/^Open ·/)).toBeVisible();
  await page.getByRole("link", { name: "Edit project" }).click();
  await expect(page.getByLabel("Currency")).toBeDisabled();
  await expect(page.getByLabel("Budget type")).toBeDisabled();
  await expectAccessible(page);
  await page.getByLabel("Budget up to").fill("3,500");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByText("$1,500–$3,500")).toBeVisible();
  await expect(facts).toContainText("edited just now");
  const publicUrl = page.url().replace("/my/projects/", "/projects/");

  const freelancer = await signedIn(browser, "freelancer@guild.example");
  await freelancer.page.goto(publicUrl);
  const byline = freelancer.page.getByText(/^Posted by Client Demo/);
  await expect(byline).toContainText("edited just now");
  // The exact time, in the reader's own zone, is the edit's title.
  await expect(byline.locator("time").last()).toHaveAttribute("title", /\d{4}, \d{1,2}:\d{2}/);
  await expect(freelancer.page.getByText("$1,500–$3,500")).toBeVisible();
  await client.context.close();
  await freelancer.context.close();
});

test("a freelancer edits and withdraws proposals, on the project and from My proposals", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const [first, second] = [`Survey tool ${stamp}`, `Kiosk app ${stamp}`];
  const client = await signedInRequest(browser, baseURL!, "client@guild.example");
  const firstId = await openProject(client.request, first);
  const secondId = await openProject(client.request, second);
  await client.close();

  const { context, page } = await signedIn(browser, "freelancer@guild.example");
  await page.goto(`/projects/${firstId}`);
  await page.getByLabel("Cover letter").fill(coverLetter);
  await page.getByLabel("Your bid (USD)").fill("2,000");
  await page.getByRole("button", { name: "Send proposal" }).click();
  const yours = page.getByRole("region", { name: "Your proposal" });
  await expect(yours.getByRole("status")).toHaveText("You sent a proposal for this project: Sent.");
  await expect(yours).toContainText("$2,000");

  await yours.getByRole("button", { name: "Edit proposal" }).click();
  await expect(yours.getByLabel("Your bid (USD)")).toHaveValue("2000");
  await yours.getByLabel("Your bid (USD)").fill("1,800");
  await expectAccessible(page);
  await yours.getByRole("button", { name: "Save proposal" }).click();
  await expect(yours.getByText("$1,800")).toBeVisible();
  await page.reload();
  await expect(yours.getByText("$1,800")).toBeVisible();

  await yours.getByRole("button", { name: "Withdraw proposal" }).click();
  const confirm = page.getByRole("dialog", { name: "Withdraw your proposal?" });
  await expect(confirm).toContainText(first);
  await expect(confirm.getByRole("button", { name: "Keep it" })).toBeFocused();
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Withdraw proposal" }).click();
  await expect(yours.getByRole("status")).toHaveText(
    "You sent a proposal for this project: Withdrawn.",
  );
  await expect(yours.getByRole("button")).toHaveCount(0);

  // From the list: edit opens the proposal on its project; withdraw asks, then shows at once.
  await page.goto(`/projects/${secondId}`);
  await page.getByLabel("Cover letter").fill(coverLetter);
  await page.getByLabel("Your bid (USD)").fill("2,500");
  await page.getByRole("button", { name: "Send proposal" }).click();
  await expect(yours.getByRole("status")).toContainText("Sent");
  await page.goto("/my/proposals");
  const row = page.getByRole("listitem").filter({ hasText: second });
  await expect(row).toContainText("Sent");
  await expect(page.getByRole("listitem").filter({ hasText: first })).toContainText("Withdrawn");
  await expectAccessible(page);
  await row.getByRole("link", { name: `Edit your proposal for ${second}` }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${secondId}\\?proposal=edit$`));
  await yours.getByLabel("Cover letter").fill(`${coverLetter} I can start on Monday.`);
  await yours.getByRole("button", { name: "Save proposal" }).click();
  await expect(yours).toContainText("I can start on Monday.");

  await page.goto("/my/proposals");
  await row.getByRole("button", { name: `Withdraw your proposal for ${second}` }).click();
  // The row shows the withdrawal at once, before the server keeps it: reload only after its answer.
  const answered = page.waitForResponse(
    (response) =>
      response.url().includes("/api/trpc/proposal.withdraw") &&
      response.request().method() === "POST",
  );
  await page
    .getByRole("dialog", { name: "Withdraw your proposal?" })
    .getByRole("button", { name: "Withdraw proposal" })
    .click();
  await expect(row).toContainText("Withdrawn");
  await expect(row.getByRole("button")).toHaveCount(0);
  expect((await answered).ok()).toBe(true);
  await page.reload();
  await expect(row).toContainText("Withdrawn");
  await context.close();
});

test("hiring asks first, says what it does, and lands on the contract", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `Clinic booking ${Date.now()}`;
  const client = await signedIn(browser, "client@guild.example");
  const page = client.page;
  const projectId = await openProject(client.context.request, title);
  for (const email of ["freelancer@guild.example", "priya@freelance.example"])
    await proposeAs(browser, baseURL!, email, projectId);
  await page.goto(`/my/projects/${projectId}`);
  const hire = page.getByRole("button", { name: "Hire Freelancer Demo" });
  await hire.click();
  const dialog = page.getByRole("dialog", {
    name: "Hire Freelancer Demo for $2,000 (fixed price)?",
  });
  await expect(dialog).toContainText("The other proposal will be declined.");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Not yet" }).click();
  await expect(dialog).toBeHidden();
  await expect(hire).toBeFocused();
  await hire.click();
  // The first milestone can wait: planned later, on the contract.
  await dialog.getByLabel("Plan the first milestone now").uncheck();
  await expect(dialog.getByLabel("Amount (USD)")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  const contractUrl = page.url();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // Back on the project: hired, and nothing left to hire, reject or close.
  await page.goBack();
  await expect(page.getByText(/^In progress ·/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Hire|Reject|Shortlist)/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Close project" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit project" })).toHaveCount(0);
  await expect(page.getByRole("article", { name: "Proposal from Priya Raman" })).toContainText(
    "Closed",
  );
  await page.getByRole("link", { name: "Open the contract" }).click();
  await expect(page).toHaveURL(contractUrl);
  await client.context.close();
});

/**
 * The demo client and freelancer, each signed in once in their own browser (the freelancer
 * perhaps elsewhere in the world), with a contract between them hired through the API.
 */
async function hiredPair(browser: Browser, title: string, freelancerZone?: string) {
  const client = await signedIn(browser, "client@guild.example");
  const freelancer = await signedIn(browser, "freelancer@guild.example", freelancerZone);
  const projectId = await openProject(client.context.request, title);
  const proposalId = await propose(freelancer.context.request, projectId);
  const contract = await trpcMutation<{ id: string }>(client.context.request, "proposal.accept", {
    id: proposalId,
  });
  expect(contract.response.ok()).toBe(true);
  return { contractId: contract.data!.id, client, freelancer };
}

test("the client plans a milestone, is refused a past due date, edits it; the freelancer sees the change", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { contractId, client, freelancer } = await hiredPair(
    browser,
    `Clinic planning ${Date.now()}`,
  );
  const contractUrl = `/contracts/${contractId}`;
  const page = client.page;
  await page.goto(contractUrl);
  await page.getByLabel("Milestone", { exact: true }).fill("Booking flow");
  await page.getByLabel("Amount (USD)").fill("1,200");
  await page.getByLabel("Due (optional)").fill("2020-01-15");
  await page.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.getByText("Choose a due date today or later.")).toBeVisible();
  await page.getByLabel("Due (optional)").fill("2030-01-15");
  await page.getByRole("button", { name: "Add milestone" }).click();
  const planned = page.getByRole("article", { name: "Milestone Booking flow" });
  await expect(planned).toContainText("$1,200 · To do · due Jan 15, 2030");
  await planned.getByRole("button", { name: "Edit Booking flow" }).click();
  const editForm = planned.getByRole("form", { name: "Edit Booking flow" });
  await editForm.getByLabel("Milestone").fill("Booking and reminders");
  await editForm.getByLabel("Amount (USD)").fill("1,500");
  await expectAccessible(page);
  await editForm.getByRole("button", { name: "Save milestone" }).click();
  const milestone = (p: Page) =>
    p.getByRole("article", { name: "Milestone Booking and reminders" });
  await expect(milestone(page)).toContainText("$1,500 · To do · due Jan 15, 2030");

  await freelancer.page.goto(contractUrl);
  await expect(milestone(freelancer.page)).toContainText("$1,500 · To do · due Jan 15, 2030");
  await expect(milestone(freelancer.page)).toContainText(
    "Waiting for the client to fund this milestone.",
  );
  await expect(milestone(freelancer.page).getByRole("button", { name: /^Submit/ })).toHaveCount(0);

  // The client funds it with the sandbox's card; then it may be handed in.
  await milestone(page)
    .getByRole("link", { name: "Fund milestone: Booking and reminders ($1,500)" })
    .click();
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Pay $1,500" }).click();
  await expect(milestone(page)).toContainText("Funded · $1,500 in escrow");
  await freelancer.page.reload();
  await expect(
    milestone(freelancer.page).getByRole("button", {
      name: "Submit for review: Booking and reminders",
    }),
  ).toBeVisible();
  await client.context.close();
  await freelancer.context.close();
});

test("a resubmitted milestone keeps its history: each hand-in and the request for changes", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Hired, planned, funded, handed in once and sent back, through the API as each side would.
  const { contractId, client, freelancer } = await hiredPair(
    browser,
    `Clinic reminders ${Date.now()}`,
    "Pacific/Auckland",
  );
  const planned = await trpcMutation<{ id: string }>(
    client.context.request,
    "contract.addMilestone",
    {
      contractId,
      title: "Booking and reminders",
      amountMinor: 150_000,
    },
  );
  const id = planned.data!.id;
  const funded = await trpcMutation(client.context.request, "payment.fundMilestone", {
    milestoneId: id,
    card: { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" },
  });
  expect(funded.response.ok()).toBe(true);
  const handedIn = await trpcMutation(freelancer.context.request, "contract.submitMilestone", {
    id,
    note: "The booking flow, first pass.",
    links: ["https://example.com/v1"],
  });
  expect(handedIn.response.ok()).toBe(true);
  const sentBack = await trpcMutation(client.context.request, "contract.requestChanges", {
    id,
    reason: "Reminders should go out by text.",
  });
  expect(sentBack.response.ok()).toBe(true);
  const contractUrl = `/contracts/${contractId}`;
  const milestone = (p: Page) =>
    p.getByRole("article", { name: "Milestone Booking and reminders" });

  // The freelancer, on the other side of the world, reads the request and hands in again.
  await freelancer.page.goto(contractUrl);
  await expect(milestone(freelancer.page)).toContainText(
    "Changes requested: Reminders should go out by text.",
  );
  await milestone(freelancer.page)
    .getByRole("button", { name: "Submit for review: Booking and reminders" })
    .click();
  await milestone(freelancer.page)
    .getByLabel("What you delivered")
    .fill("Texts go out a day before.");
  await milestone(freelancer.page)
    .getByLabel("Links (optional, one per line)")
    .fill("https://example.com/v2");
  await milestone(freelancer.page).getByRole("button", { name: "Send for review" }).click();
  await expect(milestone(freelancer.page)).toContainText("Submitted for review");

  // The resubmission replaced nothing: both hand-ins and the request are in the history.
  await client.page.goto(contractUrl);
  await expect(milestone(client.page)).toContainText("Texts go out a day before.");
  await milestone(client.page).getByText("History (3 steps)").click();
  const history = milestone(client.page).getByRole("list", {
    name: "History of Booking and reminders",
  });
  // Its steps (each hand-in's links are a list of their own inside its step).
  const steps = history.locator(":scope > li");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("The booking flow, first pass.");
  await expect(steps.nth(0)).toContainText("https://example.com/v1");
  await expect(steps.nth(1)).toContainText("Reminders should go out by text.");
  await expect(steps.nth(2)).toContainText("Texts go out a day before.");
  await expect(steps.nth(2)).toContainText("https://example.com/v2");
  await expectAccessible(client.page);

  // Times are the reader's own: in Auckland, the history says so.
  await freelancer.page.reload();
  await milestone(freelancer.page).getByText("History (3 steps)").click();
  await expect(
    milestone(freelancer.page).getByRole("list", { name: "History of Booking and reminders" }),
  ).toContainText(/GMT\+1[23]/);
  await client.context.close();
  await freelancer.context.close();
});

test("the client removes a milestone not yet handed in, after saying yes", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const title = `Loyalty cards ${Date.now()}`;
  const client = await signedIn(browser, "client@guild.example");
  const page = client.page;
  const projectId = await openProject(client.context.request, title);
  await proposeAs(browser, baseURL!, "freelancer@guild.example", projectId);
  await page.goto(`/my/projects/${projectId}`);
  await page.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await page.getByRole("dialog").getByLabel("Plan the first milestone now").uncheck();
  await page.getByRole("dialog").getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  await page.getByLabel("Milestone", { exact: true }).fill("Card designs");
  await page.getByLabel("Amount (USD)").fill("500");
  await page.getByRole("button", { name: "Add milestone" }).click();
  const planned = page.getByRole("article", { name: "Milestone Card designs" });
  await planned.getByRole("button", { name: "Remove Card designs" }).click();
  const confirm = page.getByRole("dialog", { name: "Remove “Card designs”?" });
  await expect(confirm).toContainText("freeing $500");
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(planned).toBeVisible();
  await planned.getByRole("button", { name: "Remove Card designs" }).click();
  await confirm.getByRole("button", { name: "Remove milestone" }).click();
  await expect(planned).toHaveCount(0);
  await expect(page.getByText("No milestones planned yet.")).toBeVisible();
  await client.context.close();
});
