import { expectAccessible } from "./a11y";
import { signedInAdmin } from "./admin-session";
import { signedInContext, signUp } from "./sign-in";
import { expect, test } from "./test";

test("a freelancer reports a fake project; an admin hides it with a reason; it is gone for all but its client, and the freelancer is told", async ({
  browser,
}) => {
  test.slow();
  const title = `Wire us a deposit for a kiosk ${Date.now()}`;
  const words = title.split(" ").slice(0, 5).join(" ");

  // A client posts a project (a fresh one: other specs read the demo client's).
  const client = await signedInContext(browser, "client@guild.example");
  await client.page.goto("/projects/new");
  await client.page.getByLabel("Title").fill(title);
  await client.page
    .getByLabel("Description")
    .fill("Send a deposit by wire before we talk: the kiosk brief comes once it has cleared.");
  await client.page.getByLabel("Budget from").fill("1,000");
  await client.page.getByLabel("Budget up to").fill("2,000");
  await client.page.getByLabel("React", { exact: true }).check();
  await client.page.getByRole("button", { name: "Save draft" }).click();
  await expect(client.page).toHaveURL(/\/my\/projects\/[0-9a-f-]{36}$/);
  await client.page.getByRole("button", { name: "Publish project" }).click();
  await expect(client.page.getByText(/^Open ·/)).toBeVisible();
  const projectPath = new URL(client.page.url()).pathname.replace("/my/projects/", "/projects/");

  // A freelancer reports it: the reason is required, the note optional.
  const freelancerContext = await browser.newContext();
  const freelancer = await freelancerContext.newPage();
  await signUp(freelancer, {
    email: `reporter-${Date.now()}@guild.test`,
    password: "a reporter's long passphrase",
    name: "Rita Reporter",
    role: "freelancer",
  });
  await freelancer.goto(projectPath);
  await freelancer.getByRole("button", { name: /^Report/ }).click();
  const dialog = freelancer.getByRole("dialog", { name: "Report this project?" });
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByText("Choose why you are reporting this.")).toBeVisible();
  await expectAccessible(freelancer);
  await dialog.getByLabel("A scam or fake listing").check();
  await dialog.getByLabel(/Anything the admins should know/).fill("Asks for a deposit by wire.");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog).toBeHidden();
  await expect(freelancer.getByText("Reported: thank you")).toBeVisible();

  // A proven admin finds it in the queue and hides it, with a reason.
  const admin = await signedInAdmin(browser);
  await admin.page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Content" })
    .click();
  await expect(admin.page.getByRole("heading", { name: "Reported content" })).toBeVisible();
  await admin.page
    .getByRole("navigation", { name: "Show reports about" })
    .getByRole("link", { name: "Projects" })
    .click();
  await expect(admin.page).toHaveURL(/type=project/);
  const item = admin.page
    .getByRole("list", { name: "Reported content" })
    .getByRole("listitem")
    .filter({ hasText: title })
    .first();
  await expect(item.getByText("A scam or fake listing").first()).toBeVisible();
  await expectAccessible(admin.page);
  await item.getByRole("button", { name: "Hide" }).click();
  await expect(item.getByText(/Say why, in a few words/)).toBeVisible();
  await item.getByRole("textbox", { name: /^Reason/ }).fill("A fake listing asking for deposits.");
  await item.getByRole("button", { name: "Hide" }).click();
  await expect(
    admin.page.getByText("Hidden. The reporters and the author were told."),
  ).toBeVisible();
  await expect(admin.page.getByText(title)).toHaveCount(0);

  // Gone from search and its page for the freelancer and for anyone signed out.
  await freelancer.goto(`/projects?q=${encodeURIComponent(words)}`);
  await expect(freelancer.getByRole("heading", { name: /No projects match/ })).toBeVisible();
  const gone = await freelancer.goto(projectPath);
  expect(gone?.status()).toBe(404);
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  expect((await visitor.goto(projectPath))?.status()).toBe(404);

  // The client still sees it, marked.
  await client.page.goto(projectPath);
  await expect(
    client.page.getByText("Hidden by an admin: A fake listing asking for deposits."),
  ).toBeVisible();

  // The freelancer is told the report was handled.
  await freelancer.goto("/notifications");
  await expect(
    freelancer.getByRole("link", { name: "The project you reported was hidden by an admin." }),
  ).toBeVisible();
  await expectAccessible(freelancer);

  await Promise.all([
    client.context.close(),
    freelancerContext.close(),
    admin.context.close(),
    anonymous.close(),
  ]);
});
