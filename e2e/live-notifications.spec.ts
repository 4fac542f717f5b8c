import path from "node:path";
import type { Browser, Page } from "@playwright/test";

import { latestMail, mailCount } from "../tests/helpers/outbox";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

/* Two seeded accounts no other spec uses: Amara (a client) and Chloé (a freelancer). */
const CLIENT = "amara@northwind.example";
const FREELANCER = "chloe@freelance.example";
/* A second freelancer, for a proposal after the client turned that email off. */
const SECOND_FREELANCER = "sam@freelance.example";
const outbox = () => path.join(process.env.E2E_DATA_DIR!, "outbox");

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

async function unreadOf(page: Page) {
  const name = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

test("each side's actions arrive in the other's bell without a reload, and reading in one tab clears the bell in another", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Live kiosk ${Date.now()}`;
  const client = await signedIn(browser, CLIENT);
  const freelancer = await signedIn(browser, FREELANCER);

  // The client posts and publishes a project, then waits on the dashboard.
  await client.page.goto("/projects/new");
  await client.page.getByLabel("Title").fill(title);
  await client.page
    .getByLabel("Description")
    .fill(
      "A lobby kiosk that greets visitors and calls their host, with a keyboard path through it.",
    );
  await client.page.getByLabel("Budget from").fill("1,000");
  await client.page.getByLabel("Budget up to").fill("2,000");
  await client.page.getByLabel("React", { exact: true }).check();
  await client.page.getByRole("button", { name: "Save draft" }).click();
  await expect(client.page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  const manageUrl = client.page.url();
  await client.page.getByRole("button", { name: "Publish project" }).click();
  await expect(client.page.getByText(/^Open ·/)).toBeVisible();
  await client.page.goto("/dashboard");
  const clientBefore = await unreadOf(client.page);
  // The stream is open once the bell's island has loaded; a navigation would reset it.
  let clientNavigations = 0;
  client.page.on("framenavigated", (frame) => {
    if (frame === client.page.mainFrame()) clientNavigations++;
  });

  // The freelancer proposes; the client's bell counts it without a reload.
  await freelancer.page.goto(manageUrl.replace("/my/projects/", "/projects/"));
  const freelancerBefore = await unreadOf(freelancer.page);
  await freelancer.page
    .getByLabel("Cover letter")
    .fill(
      "I have built lobby kiosks for two offices; here is how I would build yours, step by step.",
    );
  await freelancer.page.getByLabel("Your bid (USD)").fill("1,500");
  const sent = freelancer.page.waitForResponse((r) => r.url().includes("proposal.submit"));
  await freelancer.page.getByRole("button", { name: "Send proposal" }).click();
  expect((await sent).ok()).toBe(true);
  const proposedAt = Date.now();
  await expect(bell(client.page)).toHaveAccessibleName(`Notifications, ${clientBefore + 1} unread`);
  console.log(
    `[live] the client's bell counted the proposal ${Date.now() - proposedAt} ms after it was sent`,
  );
  await expect(
    client.page.getByText("You have a new notification", { exact: false }),
  ).toBeAttached();
  expect(clientNavigations).toBe(0);

  // The client shortlists it (in a second tab); the freelancer's bell counts that, on the project page.
  const manage = await client.context.newPage();
  await manage.goto(manageUrl);
  const shortlisting = manage.waitForResponse((r) => r.url().includes("proposal.shortlist"));
  await manage
    .getByRole("article", { name: /^Proposal from / })
    .getByRole("button", { name: /^Shortlist / })
    .click();
  expect((await shortlisting).ok()).toBe(true);
  await expect(bell(freelancer.page)).toHaveAccessibleName(
    `Notifications, ${freelancerBefore + 1} unread`,
  );

  // The client was emailed at once (the default), by a job, with a link to the project.
  // (The subject is MIME-encoded: it has curly quotes; the body names the project as typed.)
  await expect
    .poll(() => latestMail(outbox(), CLIENT)?.text ?? "", { timeout: 20_000 })
    .toContain(title);
  expect(latestMail(outbox(), CLIENT)?.text).toContain(manageUrl.replace(/^https?:\/\/[^/]+/, ""));

  // The client turns that email off: the next proposal still rings the bell, and sends no mail.
  await manage.goto("/account/notifications");
  const setting = manage.getByLabel("A freelancer sends a proposal on my project");
  const saved = manage.waitForResponse((r) => r.url().includes("notification.setPreference"));
  await setting.selectOption({ label: "No email" });
  expect((await saved).ok()).toBe(true);
  const mailsBefore = mailCount(outbox(), CLIENT);
  const unreadBefore = await unreadOf(client.page);
  const second = await signedIn(browser, SECOND_FREELANCER);
  await second.page.goto(manageUrl.replace("/my/projects/", "/projects/"));
  await second.page
    .getByLabel("Cover letter")
    .fill("I build kiosks for lobbies and museums; I can start next week and ship in a month.");
  await second.page.getByLabel("Your bid (USD)").fill("1,800");
  const secondSent = second.page.waitForResponse((r) => r.url().includes("proposal.submit"));
  await second.page.getByRole("button", { name: "Send proposal" }).click();
  expect((await secondSent).ok()).toBe(true);
  await expect(bell(client.page)).toHaveAccessibleName(`Notifications, ${unreadBefore + 1} unread`);
  // The job that would have mailed it had time to run: still no new mail.
  await client.page.waitForTimeout(3_000);
  expect(mailCount(outbox(), CLIENT)).toBe(mailsBefore);
  await manage.goto("/account/notifications");
  await manage
    .getByLabel("A freelancer sends a proposal on my project")
    .selectOption({ label: "Email at once" });
  await second.context.close();

  // Reading everything in the second tab clears the first tab's bell, live.
  await manage.goto("/notifications");
  await manage.getByRole("button", { name: "Mark all as read" }).click();
  await expect(manage.getByText("Nothing unread.")).toBeVisible();
  await expect(bell(client.page)).toHaveAccessibleName("Notifications");
  expect(clientNavigations).toBe(0);

  await client.context.close();
  await freelancer.context.close();
});
