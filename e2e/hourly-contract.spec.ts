import type { Browser, Page } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  // Signing in hashes a password: slow on a loaded machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  return { context, page };
}

/** This week's card on the contract page (the timesheet lists it first). */
const thisWeek = (page: Page) => page.getByRole("article", { name: /^Week of / }).first();

async function logTime(page: Page, hours: string, minutes: string, what: string) {
  const form = page.getByRole("form", { name: "Log time" });
  // An entry shows at once; the form empties when the server has taken it. Wait for that,
  // or the emptying could land on what is typed next.
  if (!(await form.getByRole("alert").isVisible()))
    await expect(form.getByLabel("Hours")).toHaveValue("");
  await form.getByLabel("Hours").fill(hours);
  await form.getByLabel("Minutes").selectOption(minutes);
  await form.getByLabel("What you worked on").fill(what);
  await form.getByRole("button", { name: "Log time" }).click();
}

test("an hourly contract's week logged and approved: the client hires by the hour, the freelancer logs, edits and deletes time and submits the week, the client disputes it, the freelancer amends it, the client approves it and changes the limit", async ({
  browser,
}) => {
  // A long journey (two people, many steps) on a loaded machine.
  test.setTimeout(360_000);
  const title = `Ongoing booking calendar work ${Date.now()}`;

  // The client posts an hourly project.
  const client = await signedIn(browser, "client@guild.example");
  // Hourly weeks are charged to the card on file: one that needs no bank check (another spec
  // may have left one that does, which an unattended charge cannot pass).
  await client.page.goto("/billing");
  const savedCard = client.page.getByRole("region", { name: "Saved card" });
  await savedCard.getByRole("button", { name: /^(Replace card|Add a card)$/ }).click();
  await savedCard.getByText("Test cards").click();
  await savedCard.getByRole("button", { name: "Use the card 4242 4242 4242 4242" }).click();
  await savedCard.getByLabel("Expiry (MM/YY)").fill("12/34");
  await savedCard.getByLabel("CVC").fill("123");
  await savedCard.getByRole("button", { name: "Save card" }).click();
  await expect(savedCard).toContainText("is saved.");
  await expect(savedCard).toContainText("4242");

  await client.page.goto("/projects/new");
  await client.page.getByLabel("Title").fill(title);
  await client.page
    .getByLabel("Description")
    .fill(
      "We need a developer for about twenty hours a week on our booking calendar: new views, fixes and tests.",
    );
  await client.page.getByLabel("Budget type").selectOption("hourly");
  await client.page.getByLabel("Rate from (per hour)").fill("60");
  await client.page.getByLabel("Rate up to (per hour)").fill("95");
  await client.page.getByLabel("React", { exact: true }).check();
  await client.page.getByRole("button", { name: "Save draft" }).click();
  await expect(client.page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await client.page.getByRole("button", { name: "Publish project" }).click();
  await expect(client.page.getByText(/^Open ·/)).toBeVisible();
  const manageUrl = client.page.url();

  // The freelancer proposes a rate.
  const freelancer = await signedIn(browser, "freelancer@guild.example");
  await freelancer.page.goto(manageUrl.replace("/my/projects/", "/projects/"));
  await freelancer.page
    .getByLabel("Cover letter")
    .fill(
      "I have built booking calendars in React for three clinics; I can work twenty hours a week from Monday.",
    );
  await freelancer.page.getByLabel("Your rate per hour (USD)").fill("85");
  await freelancer.page.getByRole("button", { name: "Send proposal" }).click();
  await expect(
    freelancer.page.getByRole("status").filter({ hasText: "You sent a proposal" }),
  ).toBeVisible();

  // The client hires by the hour, setting the weekly limit.
  await client.page.reload();
  const proposal = client.page.getByRole("article", { name: "Proposal from Freelancer Demo" });
  await expect(proposal).toContainText("$85/hour");
  await proposal.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  const hire = client.page.getByRole("dialog", { name: "Hire Freelancer Demo for $85/hour?" });
  await expect(hire).toContainText("they log their time each week");
  await hire.getByLabel("Weekly limit (hours)").fill("0");
  await hire.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await expect(hire.getByText(/at least 1 hour|between/i)).toBeVisible();
  await hire.getByLabel("Weekly limit (hours)").fill("20");
  await expectAccessible(client.page);
  await hire.getByRole("button", { name: "Hire Freelancer Demo" }).click();
  await expect(client.page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  const contractUrl = client.page.url();
  await expect(client.page.getByRole("definition").filter({ hasText: "$85/hour" })).toBeVisible();
  await expect(client.page.getByRole("definition").filter({ hasText: "20 h/week" })).toBeVisible();
  await expect(client.page.getByRole("heading", { name: "Milestones" })).toHaveCount(0);
  await expect(thisWeek(client.page)).toContainText("Nothing logged this week yet.");
  await expect(thisWeek(client.page)).toContainText("(Mon–Sun, UTC)");
  await expectAccessible(client.page);

  // The freelancer logs time this week; over the limit is refused and the entry goes again.
  await freelancer.page.goto(contractUrl);
  await logTime(freelancer.page, "3", "30", "Booking calendar: month view");
  await expect(thisWeek(freelancer.page)).toContainText("3.5 h this week · $297.50");
  await logTime(freelancer.page, "9", "0", "Reminder emails and their templates");
  await expect(thisWeek(freelancer.page)).toContainText("12.5 h this week · $1,062.50");
  await logTime(freelancer.page, "8", "0", "Calendar tests");
  await expect(
    freelancer.page.getByRole("form", { name: "Log time" }).getByRole("alert"),
  ).toContainText("This would take the week to 20 h 30 min, over the 20 h limit.");
  await expect(thisWeek(freelancer.page)).toContainText("12.5 h this week · $1,062.50");
  await expect(thisWeek(freelancer.page)).not.toContainText("Calendar tests");
  // An entry logged by mistake is deleted; the week's total and amount follow at once.
  await logTime(freelancer.page, "2", "0", "Calendar tests");
  await expect(thisWeek(freelancer.page)).toContainText("14.5 h this week · $1,232.50");
  await thisWeek(freelancer.page)
    .getByRole("button", { name: /^Delete .*, 2 h$/ })
    .click();
  await expect(thisWeek(freelancer.page)).toContainText("12.5 h this week · $1,062.50");
  await expect(thisWeek(freelancer.page)).not.toContainText("Calendar tests");
  await expectAccessible(freelancer.page);
  await thisWeek(freelancer.page)
    .getByRole("button", { name: /^Submit Week of/ })
    .click();
  await expect(thisWeek(freelancer.page)).toContainText("Waiting for the client's review");
  await expect(freelancer.page.getByRole("form", { name: "Log time" })).toHaveCount(0);

  // The client sees the hours and the amount, and disputes the emails.
  await client.page.goto("/dashboard");
  await expect(
    client.page.getByRole("region", { name: /Timesheet weeks awaiting your review/ }),
  ).toContainText("12.5 h · $1,062.50");
  await client.page.goto(contractUrl);
  await expect(thisWeek(client.page)).toContainText("12.5 h this week · $1,062.50");
  await thisWeek(client.page)
    .getByRole("button", { name: /^Dispute entries of/ })
    .click();
  const dispute = client.page.getByRole("form", { name: /^Dispute entries of/ });
  await dispute.getByRole("button", { name: "Send the dispute" }).click();
  await expect(dispute.getByText("Choose the entries you dispute.")).toBeVisible();
  await dispute.getByLabel(/Reminder emails/).check();
  await dispute.getByLabel("What is wrong").fill("We agreed on six hours for the emails.");
  await expectAccessible(client.page);
  await dispute.getByRole("button", { name: "Send the dispute" }).click();
  await expect(thisWeek(client.page)).toContainText("Disputed on");
  await expect(thisWeek(client.page)).toContainText("We agreed on six hours for the emails.");

  // The freelancer amends the disputed entry and resubmits.
  await freelancer.page.reload();
  const week = thisWeek(freelancer.page);
  await expect(week).toContainText("The client disputed this week.");
  await expect(week.getByRole("button", { name: /^Edit .*, 3 h 30 min$/ })).toHaveCount(0);
  await week.getByRole("button", { name: /^Edit .*, 9 h$/ }).click();
  const edit = week.getByRole("form", { name: /^Edit the entry of/ });
  await edit.getByLabel("Hours").fill("6");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(week).toContainText("9.5 h this week · $807.50");
  await expect(week).toContainText("Disputed, amended");
  await expectAccessible(freelancer.page);
  await week.getByRole("button", { name: /^Resubmit Week of/ }).click();
  await expect(week).toContainText("Waiting for the client's review");

  // The client approves.
  await client.page.reload();
  await expect(thisWeek(client.page)).toContainText("9.5 h this week · $807.50");
  await thisWeek(client.page)
    .getByRole("button", { name: /^Approve Week of/ })
    .click();
  await expect(thisWeek(client.page)).toContainText("Approved on");
  await expectAccessible(client.page);

  // The week was charged to the client's saved card when it came to them and is released to
  // the freelancer once approved, less Guild's 10 % fee ($807.50 − $80.75).
  await expect(async () => {
    await freelancer.page.reload();
    await expect(thisWeek(freelancer.page)).toContainText(
      "Paid: $807.50 released to your earnings",
      { timeout: 2_000 },
    );
  }).toPass();
  await freelancer.page.goto("/earnings");
  await expect(freelancer.page.getByText(/Released the week of/).first()).toBeVisible();
  await expect(freelancer.page.getByText("$726.75").first()).toBeVisible();

  // The client raises the weekly limit; the contract's terms show it without a reload.
  await client.page.getByRole("button", { name: "Change the weekly limit" }).click();
  const limit = client.page.getByRole("form", { name: "Change the weekly limit" });
  await expect(limit.getByLabel("Hours a week, at most")).toHaveValue("20");
  await limit.getByLabel("Hours a week, at most").fill("0");
  await limit.getByRole("button", { name: "Save the limit" }).click();
  await expect(limit.getByText("Allow at least 1 hour a week.")).toBeVisible();
  await limit.getByLabel("Hours a week, at most").fill("25");
  await limit.getByRole("button", { name: "Save the limit" }).click();
  await expect(
    client.page.getByRole("status").filter({ hasText: "The weekly limit is now 25 h/week." }),
  ).toBeVisible();
  await expect(client.page.getByRole("definition").filter({ hasText: "25 h/week" })).toBeVisible();
  await expect(thisWeek(client.page)).toContainText("limit 20 h/week");

  await client.context.close();
  await freelancer.context.close();
});

test("an hourly contract's page, with weeks in every state, at both widths in light and dark", async ({
  browser,
}, testInfo) => {
  // Two sign-ins and eight full-page scans.
  test.setTimeout(360_000);
  const client = await signedIn(browser, "client@guild.example");
  await client.page.goto("/dashboard");
  // A seeded contract the demo accounts share (not one the journey is hiring into).
  const contract = await client.page
    .getByRole("region", { name: /Timesheet weeks awaiting your review/ })
    .getByRole("listitem")
    .filter({ hasText: "Freelancer Demo" })
    .filter({ hasNotText: "Ongoing booking calendar work" })
    .first()
    .getByRole("link")
    .getAttribute("href");
  await client.page.goto(contract!);
  await expect(client.page.getByRole("heading", { name: "Timesheet" })).toBeVisible();
  const contractUrl = client.page.url();
  const freelancer = await signedIn(browser, "freelancer@guild.example");
  await freelancer.page.goto(contractUrl);

  for (const colorScheme of ["light", "dark"] as const)
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ])
      for (const [who, { page }] of [
        ["client", client],
        ["freelancer", freelancer],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await expect(page.getByRole("heading", { name: "Timesheet" })).toBeVisible();
        // The client reviews the weeks waiting for them; the freelancer sees every week.
        await expect(
          who === "client"
            ? page.getByRole("button", { name: /^Approve Week of/ }).first()
            : page.getByRole("article", { name: /^Week of / }).first(),
        ).toBeVisible();
        await expectAccessible(page);
        await page.screenshot({
          path: testInfo.outputPath(`contract-${who}-${viewport.width}-${colorScheme}.png`),
          fullPage: true,
        });
      }
  await client.context.close();
  await freelancer.context.close();
});
