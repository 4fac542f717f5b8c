import type { Browser, Locator, Page, TestInfo } from "@playwright/test";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";
import { trpcMutation, trpcQuery } from "./trpc-http";

/*
 * Two seeded accounts no other spec uses, so their conversations (and any block between them)
 * are this journey's alone: Sofia Marquez, a client, and Elena Petrova, a freelancer.
 */
const CLIENT = "sofia@cafe-luna.example";
const FREELANCER = "elena@freelance.example";
const CLIENT_NAME = "Sofia Marquez";
const FREELANCER_NAME = "Elena Petrova";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A 1×1 PNG and a one-page PDF: real files, since the server sniffs what it keeps. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, email);
  // Hashing the password takes seconds on a loaded two-core machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
  return { context, page };
}

/** Waits for colour transitions to end: a check or a picture halfway would see neither scheme. */
async function switchColorScheme(page: Page, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
}

/** Axe in light and dark at desktop and phone widths, with pictures to look at. */
async function checkEverywhere(page: Page, testInfo: TestInfo, name: string) {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ["light", "dark"] as const) {
      await switchColorScheme(page, colorScheme);
      await expectAccessible(page);
      await page.screenshot({
        path: testInfo.outputPath(`${name}-${viewport.width}-${colorScheme}.png`),
      });
    }
  }
  await page.setViewportSize(DESKTOP);
  await switchColorScheme(page, "light");
}

const messagesLink = (page: Page) =>
  page.getByRole("banner").getByRole("link", { name: /^Messages/ });

async function unreadMessages(page: Page) {
  const name = (await messagesLink(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

const thread = (page: Page, other: string) =>
  page.getByRole("region", { name: `Messages with ${other}` });
const composer = (page: Page, other: string) =>
  page.getByRole("form", { name: `Message ${other}` });

/** The bubble holding `text`: its list item, with its header line and actions. */
const messageWith = (scope: Locator, text: string) =>
  scope.getByRole("listitem").filter({ hasText: text }).last();

async function postProject(page: Page, title: string) {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Description")
    .fill("A menu board for our café: prices we change from a phone, shown on two screens.");
  await page.getByLabel("Budget from").fill("1,000");
  await page.getByLabel("Budget up to").fill("2,000");
  await page.getByLabel("React", { exact: true }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Publish project" }).click();
  await expect(page.getByText(/^Open ·/)).toBeVisible();
  return page.url();
}

test("a client and a freelancer talk about a proposal, live, with files, and carry on after the hire", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const title = `Menu board ${Date.now()}`;
  const client = await signedIn(browser, CLIENT);
  const freelancer = await signedIn(browser, FREELANCER);

  // A project, and a proposal on it: the proposal opens the conversation.
  const manageUrl = await postProject(client.page, title);
  await freelancer.page.goto(manageUrl.replace("/my/projects/", "/projects/"));
  await freelancer.page
    .getByLabel("Cover letter")
    .fill(
      "I have built menu boards for three cafés; yours would take two weeks, tested on your screens.",
    );
  await freelancer.page.getByLabel("Your bid (USD)").fill("1,500");
  await freelancer.page.getByRole("button", { name: "Send proposal" }).click();
  const messageClient = freelancer.page.getByRole("link", { name: "Message the client" });
  await expect(messageClient).toBeVisible();
  const conversationUrl = (await messageClient.getAttribute("href"))!;
  expect(conversationUrl).toMatch(/^\/messages\/[0-9a-f-]{36}$/);
  const conversationId = conversationUrl.split("/").pop()!;

  // An earlier exchange (through the API), longer than one page of the thread.
  for (let i = 1; i <= 16; i++) {
    for (const [who, words] of [
      [client, `Question ${i} about the brief.`],
      [freelancer, `Answer ${i}: noted.`],
    ] as const) {
      const sent = await trpcMutation(who.context.request, "message.send", {
        conversationId,
        body: words,
      });
      expect(sent.response.ok()).toBe(true);
    }
  }

  // The freelancer waits on the dashboard; the client opens the conversation from the proposal.
  await freelancer.page.goto("/dashboard");
  const unreadBefore = await unreadMessages(freelancer.page);
  await client.page.goto(manageUrl);
  await client.page
    .getByRole("article", { name: `Proposal from ${FREELANCER_NAME}` })
    .getByRole("link", { name: `Message ${FREELANCER_NAME}` })
    .click();
  await expect(client.page).toHaveURL(new RegExp(`${conversationUrl}$`));
  await expect(client.page.getByRole("heading", { level: 1, name: FREELANCER_NAME })).toBeVisible();
  const clientThread = thread(client.page, FREELANCER_NAME);
  await expect(clientThread).toContainText("Answer 16: noted.");
  let clientNavigations = 0;
  client.page.on("framenavigated", (frame) => {
    if (frame === client.page.mainFrame()) clientNavigations++;
  });

  // Scrolling to the top loads what came before, without losing the place.
  await expect(clientThread).not.toContainText(`${FREELANCER_NAME} sent a proposal`);
  await clientThread.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(clientThread).toContainText(`${FREELANCER_NAME} sent a proposal: $1,500`);
  await expect(clientThread).toContainText(
    `The start of your conversation with ${FREELANCER_NAME}.`,
  );
  expect(await clientThread.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

  // The client writes; the freelancer's header counts it without a reload.
  const clientComposer = composer(client.page, FREELANCER_NAME);
  await clientComposer
    .getByLabel(`Message to ${FREELANCER_NAME}`)
    .fill("Hi Elena! Can the board show **allergens**?");
  await clientComposer.getByRole("button", { name: "Send" }).click();
  await expect(messageWith(clientThread, "Can the board show allergens?")).toBeVisible();
  await expect(messagesLink(freelancer.page)).toHaveAccessibleName(
    `Messages, ${unreadBefore + 1} unread`,
  );

  // The freelancer follows the header to the inbox, which finds the conversation by project.
  await messagesLink(freelancer.page).click();
  await expect(freelancer.page).toHaveURL(/\/messages$/);
  await expect(freelancer.page.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
  await freelancer.page.getByLabel("Search conversations").fill(title);
  const inboxItem = freelancer.page
    .getByRole("list", { name: "Conversations" })
    .getByRole("link", { name: new RegExp(CLIENT_NAME) });
  await expect(inboxItem).toHaveCount(1);
  await expect(inboxItem).toContainText(title);
  await expect(inboxItem).toContainText("unread");
  await checkEverywhere(freelancer.page, testInfo, "inbox");
  await inboxItem.click();
  await expect(freelancer.page).toHaveURL(new RegExp(`${conversationUrl}$`));
  const freelancerThread = thread(freelancer.page, CLIENT_NAME);
  await expect(freelancerThread).toContainText("Can the board show allergens?");

  // Typing shows on the other side; the message arrives live and is announced.
  const freelancerComposer = composer(freelancer.page, CLIENT_NAME);
  const freelancerBox = freelancerComposer.getByLabel(`Message to ${CLIENT_NAME}`);
  await freelancerBox.pressSequentially("Yes: each dish can carry allergen tags");
  await expect(client.page.getByText(`${FREELANCER_NAME} is typing…`)).toBeVisible();
  await freelancerBox.press("Shift+Enter");
  await freelancerBox.pressSequentially("with a legend under the prices.");
  const sentAt = Date.now();
  await freelancerBox.press("Enter");
  await expect(freelancerBox).toHaveValue("");
  await expect(clientThread).toContainText("with a legend under the prices.");
  console.log(`[messages] the client saw the message ${Date.now() - sentAt} ms after it was sent`);
  await expect(client.page.getByText(`New message from ${FREELANCER_NAME}.`)).toBeAttached();
  await expect(client.page.getByText(`${FREELANCER_NAME} is typing…`)).toBeHidden();

  // The client's open thread reads it: the freelancer sees "Seen" under it.
  await expect(
    messageWith(freelancerThread, "with a legend under the prices.").getByText("Seen"),
  ).toBeVisible();

  // Files dropped on the thread or pasted into the box upload at once, each removable; one
  // Guild does not keep says why, beside it.
  await clientThread.evaluate((element) => {
    const files = new DataTransfer();
    files.items.add(new File(["<svg xmlns='http://www.w3.org/2000/svg'/>"], "drawing.svg"));
    files.items.add(new File(["Opening hours: 8 to 4."], "notes.txt", { type: "text/plain" }));
    element.dispatchEvent(new DragEvent("dragover", { bubbles: true, dataTransfer: files }));
    element.dispatchEvent(new DragEvent("drop", { bubbles: true, dataTransfer: files }));
  });
  const chips = clientComposer.getByRole("list", { name: "Files to send" });
  await expect(chips.getByRole("listitem").filter({ hasText: "drawing.svg" })).toContainText(
    "SVG and HTML files can't be uploaded",
  );
  await expect(chips.getByRole("listitem").filter({ hasText: "notes.txt" })).toBeVisible();
  await clientComposer.getByLabel(`Message to ${FREELANCER_NAME}`).evaluate((element) => {
    const files = new DataTransfer();
    files.items.add(new File(["Menu: soup, bread."], "menu.txt", { type: "text/plain" }));
    element.dispatchEvent(new ClipboardEvent("paste", { bubbles: true, clipboardData: files }));
  });
  await expect(chips.getByRole("listitem").filter({ hasText: "menu.txt" })).toBeVisible();
  for (const name of ["drawing.svg", "notes.txt", "menu.txt"])
    await chips.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(chips).toBeHidden();

  // A picture goes one way…
  await clientComposer.locator('input[type="file"]').setInputFiles({
    name: "sketch.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await expect(chips.getByRole("listitem")).toContainText("sketch.png");
  await clientComposer.getByLabel(`Message to ${FREELANCER_NAME}`).fill("Here is a sketch.");
  await expect(clientComposer.getByRole("button", { name: "Send" })).toBeEnabled();
  await clientComposer.getByRole("button", { name: "Send" }).click();
  await expect(chips).toBeHidden();
  const picture = freelancerThread.getByRole("img", { name: /^sketch\.png/ });
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  // …and a document the other, with its name and size.
  await freelancerComposer.locator('input[type="file"]').setInputFiles({
    name: "plan.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await expect(freelancerComposer.getByRole("list", { name: "Files to send" })).toContainText(
    "plan.pdf",
  );
  await expect(freelancerComposer.getByRole("button", { name: "Send" })).toBeEnabled();
  await freelancerBox.press("Enter");
  const document = clientThread.getByRole("link", { name: /^plan\.pdf/ });
  await expect(document).toBeVisible();
  await expect(document).toContainText(`${PDF.length} bytes`);
  const download = await client.context.request.get((await document.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("application/pdf");

  // A send that never reaches the server stays as "Not sent"; Retry sends it once.
  await client.page.route("**/api/trpc/**message.send**", (route) => route.abort());
  await clientComposer.getByLabel(`Message to ${FREELANCER_NAME}`).fill("Did that arrive?");
  await client.page.keyboard.press("Enter");
  const unsent = messageWith(clientThread, "Did that arrive?");
  await expect(unsent).toContainText("Not sent");
  await client.page.unroute("**/api/trpc/**message.send**");
  await unsent.getByRole("button", { name: "Retry" }).click();
  await expect(unsent).not.toContainText("Not sent");
  await expect(freelancerThread.getByText("Did that arrive?")).toHaveCount(1);

  // The client edits their message: the freelancer sees it changed, marked "edited".
  const mine = messageWith(clientThread, "Here is a sketch.");
  await mine.getByRole("button", { name: /^Edit/ }).click();
  const editBox = clientThread.getByLabel("Edit your message");
  await expect(editBox).toBeFocused();
  await editBox.fill("Here is a first sketch.");
  await editBox.press("Enter");
  await expect(messageWith(freelancerThread, "Here is a first sketch.")).toContainText("edited");

  // The freelancer deletes a message after confirming: the client sees the placeholder.
  const answer = messageWith(freelancerThread, "Answer 16: noted.");
  await answer.getByRole("button", { name: /^Delete/ }).click();
  const deleting = freelancer.page.getByRole("dialog", { name: "Delete this message?" });
  await deleting.getByRole("button", { name: "Delete message" }).click();
  await expect(deleting).toBeHidden();
  await expect(clientThread).not.toContainText("Answer 16: noted.");
  await expect(clientThread.getByText("Message deleted")).toBeVisible();

  // The client reports one of the freelancer's messages, with a reason.
  const reported = messageWith(clientThread, "Answer 15: noted.");
  await reported.getByRole("button", { name: /^Report/ }).click();
  const reporting = client.page.getByRole("dialog", {
    name: `Report this message from ${FREELANCER_NAME}?`,
  });
  await reporting.getByRole("button", { name: "Send report" }).click();
  await expect(reporting.getByText("Choose why you are reporting this.")).toBeVisible();
  await reporting.getByLabel("Asks to pay or talk outside Guild").check();
  await reporting
    .getByLabel("Anything the admins should know? (optional)")
    .fill("Testing the report path.");
  await reporting.getByRole("button", { name: "Send report" }).click();
  await expect(reporting).toBeHidden();
  await expect(reported.getByText("Reported")).toBeVisible();
  await clientThread.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await checkEverywhere(client.page, testInfo, "thread");
  expect(clientNavigations).toBe(0);

  // The client hires; the contract page leads back to the same conversation, which carries on.
  await client.page.goto(manageUrl);
  await client.page.getByRole("button", { name: `Hire ${FREELANCER_NAME}` }).click();
  const hiring = client.page.getByRole("dialog", { name: /^Hire / });
  // Straight to the contract: no first milestone to fund (e2e/funding.spec.ts plans one).
  await hiring.getByLabel("Plan the first milestone now").uncheck();
  await hiring.getByRole("button", { name: `Hire ${FREELANCER_NAME}` }).click();
  await expect(client.page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  const contractPath = new URL(client.page.url()).pathname;
  // The freelancer's profile offers the conversation too.
  await client.page.getByRole("link", { name: FREELANCER_NAME, exact: true }).click();
  await expect(client.page).toHaveURL(/\/freelancers\//);
  await client.page.getByRole("link", { name: `Message ${FREELANCER_NAME}` }).click();
  await expect(client.page).toHaveURL(new RegExp(`${conversationUrl}$`));
  await client.page.goBack();
  await client.page.goBack();
  await expect(client.page).toHaveURL(new RegExp(`${contractPath}$`));
  await client.page.getByRole("link", { name: `Messages with ${FREELANCER_NAME}` }).click();
  await expect(client.page).toHaveURL(new RegExp(`${conversationUrl}$`));
  await expect(client.page.getByRole("link", { name: "Open the contract" })).toHaveAttribute(
    "href",
    contractPath,
  );
  await expect(thread(client.page, FREELANCER_NAME)).toContainText(
    `${CLIENT_NAME} accepted the proposal: the contract has started.`,
  );
  await expect(freelancerThread).toContainText("the contract has started.");
  await composer(client.page, FREELANCER_NAME)
    .getByLabel(`Message to ${FREELANCER_NAME}`)
    .fill("Welcome aboard!");
  await client.page.keyboard.press("Enter");
  await expect(freelancerThread).toContainText("Welcome aboard!");

  // A block replaces the composer on both sides, saying why; unblocking brings it back.
  await freelancer.page.getByRole("button", { name: `Block ${CLIENT_NAME}` }).click();
  await freelancer.page
    .getByRole("dialog", { name: `Block ${CLIENT_NAME}?` })
    .getByRole("button", { name: `Block ${CLIENT_NAME}` })
    .click();
  await expect(freelancer.page.getByText(`You blocked ${CLIENT_NAME}`)).toBeVisible();
  await expect(composer(freelancer.page, CLIENT_NAME)).toHaveCount(0);
  await composer(client.page, FREELANCER_NAME)
    .getByLabel(`Message to ${FREELANCER_NAME}`)
    .fill("Are you there?");
  await client.page.keyboard.press("Enter");
  // The refused message stays, to retry later; the composer gives way to the reason.
  await expect(messageWith(thread(client.page, FREELANCER_NAME), "Are you there?")).toContainText(
    "Not sent",
  );
  await expect(
    client.page
      .getByRole("status")
      .filter({ hasText: "You can no longer send messages in this conversation. What was said" }),
  ).toBeVisible();
  await expect(composer(client.page, FREELANCER_NAME)).toHaveCount(0);
  await freelancer.page.getByRole("button", { name: `Unblock ${CLIENT_NAME}` }).click();
  await freelancer.page
    .getByRole("dialog", { name: `Unblock ${CLIENT_NAME}?` })
    .getByRole("button", { name: `Unblock ${CLIENT_NAME}` })
    .click();
  await expect(composer(freelancer.page, CLIENT_NAME)).toBeVisible();

  // Someone else's conversation, or a malformed id, is the app's 404.
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-conversation"]) {
    const response = await client.page.goto(`/messages/${id}`);
    expect(response?.status()).toBe(404);
    await expect(client.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  const stranger = await trpcQuery(client.context.request, "message.thread", {
    conversationId: "00000000-0000-4000-8000-000000000000",
  });
  expect(stranger.response.status()).toBe(404);

  await client.context.close();
  await freelancer.context.close();
});
