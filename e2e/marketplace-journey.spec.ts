import type { Browser } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

/** A small binary PDF, as real ones are (the server sniffs the bytes, not the name). */
function pdfBytes() {
  const bytes = Buffer.alloc(2048);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
  bytes.write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 0, "latin1");
  return bytes;
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

test("a client posts and publishes a project, a freelancer proposes, the client hires", async ({
  browser,
}) => {
  test.slow();
  const title = `Accessible booking widget ${Date.now()}`;

  // The client drafts and publishes.
  const client = await signedIn(browser, "client@guild.example");
  await client.page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Dashboard" })
    .click();
  await expect(client.page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await client.page.getByRole("main").getByRole("link", { name: "Post a project" }).click();
  await expect(client.page.getByRole("heading", { name: "Post a project" })).toBeVisible();
  await client.page.getByRole("button", { name: "Save draft" }).click();
  await expect(
    client.page.getByText("Use at least 10 characters so freelancers know what it is"),
  ).toBeVisible();
  await expectAccessible(client.page);

  await client.page.getByLabel("Title").fill(title);
  await client.page
    .getByLabel("Description")
    .fill(
      "We need a small, fast booking widget that works with a keyboard and a screen reader, embedded on our site.",
    );
  await client.page.getByLabel("Budget from").fill("1,200");
  await client.page.getByLabel("Budget up to").fill("2500.50");
  await client.page.getByLabel("React", { exact: true }).check();
  await client.page.getByLabel("UI design").check();
  await client.page.getByRole("button", { name: "Save draft" }).click();
  await expect(client.page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await expect(client.page.getByText("$1,200–$2,500.50")).toBeVisible();
  await client.page.getByRole("button", { name: "Publish project" }).click();
  await expect(client.page.getByText(/^Open ·/)).toBeVisible();
  const projectUrl = client.page.url().replace("/my/projects/", "/projects/");

  // The freelancer finds it by searching for its words, and proposes.
  const freelancer = await signedIn(browser, "freelancer@guild.example");
  await freelancer.page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Find work" })
    .click();
  const search = freelancer.page.getByRole("search", { name: "Search projects" });
  await search.getByLabel("Search").fill(`booking widg ${title.split(" ").at(-1)}`);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(freelancer.page).toHaveURL(/[?&]q=booking/);
  const results = freelancer.page.getByRole("article");
  await expect(results).toHaveCount(1);
  await expect(results.locator("mark").first()).toHaveText(/booking/i);
  await expectAccessible(freelancer.page);
  await results.getByRole("link", { name: title }).click();
  await expect(freelancer.page).toHaveURL(projectUrl);
  await freelancer.page
    .getByLabel("Cover letter")
    .fill(
      "I build accessible widgets for a living; here is how I would approach yours, with tests and an audit.",
    );
  await freelancer.page.getByLabel("Your bid (USD)").fill("2,000");
  await expectAccessible(freelancer.page);
  await freelancer.page.getByRole("button", { name: "Send proposal" }).click();
  await expect(
    freelancer.page.getByRole("status").filter({ hasText: "You sent a proposal" }),
  ).toBeVisible();

  // The client sees it waiting on the dashboard, compares and hires.
  await client.page.goto("/dashboard");
  await expect(
    client.page.getByRole("region", { name: /Proposals awaiting your decision/ }),
  ).toContainText("Freelancer Demo");
  await expectAccessible(client.page);
  await client.page.goBack();
  const proposal = client.page.getByRole("article", { name: "Proposal from Freelancer Demo" });
  await expect(proposal).toContainText("$2,000");
  await expectAccessible(client.page);
  await proposal.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  const hiring = client.page.getByRole("dialog", {
    name: "Hire Freelancer Demo for $2,000 (fixed price)?",
  });
  // The milestones are planned on the contract (e2e/funding.spec.ts plans one in the hire).
  await hiring.getByLabel("Plan the first milestone now").uncheck();
  await hiring.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await expect(client.page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  await expect(client.page.getByRole("heading", { name: title })).toBeVisible();
  await expect(client.page.getByText("$2,000", { exact: true })).toBeVisible();
  const contractUrl = client.page.url();

  // The freelancer sees the contract too, and the proposal as hired.
  await freelancer.page.goto("/my/proposals");
  await expect(freelancer.page.getByRole("listitem").filter({ hasText: title })).toContainText(
    "Hired",
  );
  await freelancer.page.goto(contractUrl);
  await expect(freelancer.page.getByRole("heading", { name: title })).toBeVisible();

  // The client plans the work as a milestone; the freelancer delivers; the client approves.
  await client.page.getByLabel("Milestone", { exact: true }).fill("Build and audit the widget");
  await client.page.getByLabel("Amount (USD)").fill("2,000");
  await client.page.getByLabel("Due (optional)").fill("2030-01-15");
  await client.page.getByRole("button", { name: "Add milestone" }).click();
  const milestone = (page: typeof client.page) =>
    page.getByRole("article", { name: "Milestone Build and audit the widget" });
  await expect(milestone(client.page)).toContainText("To do · due Jan 15, 2030");
  await expect(milestone(client.page)).toContainText("Not funded");
  await expectAccessible(client.page);

  // The client pays it into escrow with the sandbox's test card before the work starts.
  await milestone(client.page)
    .getByRole("link", { name: "Fund milestone: Build and audit the widget ($2,000)" })
    .click();
  await client.page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await client.page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await client.page.getByLabel("CVC").fill("123");
  await client.page.getByRole("button", { name: "Pay $2,000" }).click();
  await expect(
    client.page.getByRole("status").filter({ hasText: "Payment received" }),
  ).toBeVisible();
  await expect(milestone(client.page)).toContainText("Funded · $2,000 in escrow");

  await freelancer.page.reload();
  await milestone(freelancer.page)
    .getByRole("button", { name: "Submit for review: Build and audit the widget" })
    .click();
  await milestone(freelancer.page)
    .getByLabel("What you delivered")
    .fill("The widget, its tests and the audit report.");
  await milestone(freelancer.page)
    .getByLabel("Links (optional, one per line)")
    .fill("https://example.com/widget\nhttps://example.com/audit.pdf");
  // A deliverable goes with the hand-in: uploaded as it is chosen, kept in the history.
  await milestone(freelancer.page)
    .getByLabel("Attach deliverables")
    .setInputFiles({ name: "audit-report.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
  await expect(milestone(freelancer.page).getByText("Uploaded", { exact: true })).toBeVisible();
  await expectAccessible(freelancer.page);
  await milestone(freelancer.page).getByRole("button", { name: "Send for review" }).click();
  await expect(milestone(freelancer.page)).toContainText("Submitted for review");
  await expect(milestone(freelancer.page)).toContainText(
    /Paid to you automatically on \w{3} \d{1,2}, \d{4} unless the client approves/,
  );
  await expect(
    milestone(freelancer.page).getByRole("link", { name: "https://example.com/audit.pdf" }),
  ).toBeVisible();

  await client.page.reload();
  await expect(milestone(client.page)).toContainText(
    /Released automatically on \w{3} \d{1,2}, \d{4} unless you approve or ask for changes\./,
  );
  // The client finds the deliverable in the milestone's history and downloads it.
  await milestone(client.page)
    .getByText(/^History/)
    .click();
  const delivered = milestone(client.page).getByRole("link", { name: /audit-report\.pdf/ });
  await expect(delivered).toBeVisible();
  const download = await client.page.request.get((await delivered.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await milestone(client.page)
    .getByRole("button", { name: "Approve Build and audit the widget" })
    .click();
  await expect(milestone(client.page)).toContainText("Approved");
  await expect(milestone(client.page)).toContainText("Released · $2,000");
  await expect(client.page.getByText("Completed", { exact: true })).toBeVisible();

  // Both review each other; the freelancer replies.
  await client.page
    .getByLabel("How was working with Freelancer Demo?")
    .fill("Careful, fast and the audit was thorough.");
  await client.page.getByRole("button", { name: "Post review" }).click();
  const myReview = client.page.getByRole("article", { name: "Your review of Freelancer Demo" });
  await expect(myReview).toContainText("Careful, fast and the audit was thorough.");
  await expect(myReview.getByRole("img", { name: "Rated 5 out of 5" })).toHaveCount(4);
  await expectAccessible(client.page);

  await freelancer.page.reload();
  await freelancer.page.getByLabel("Overall").selectOption("4");
  await freelancer.page
    .getByLabel("How was working with Client Demo?")
    .fill("Clear brief and quick answers throughout.");
  await freelancer.page.getByRole("button", { name: "Post review" }).click();
  const received = freelancer.page.getByRole("article", { name: "Client Demo's review of you" });
  await received.getByLabel("Your reply").fill("Thank you, it was a pleasure!");
  await received.getByRole("button", { name: "Reply" }).click();
  await expect(received).toContainText("Reply: Thank you, it was a pleasure!");

  await client.context.close();
  await freelancer.context.close();
});
