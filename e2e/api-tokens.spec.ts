import { execFileSync } from "node:child_process";

import { expectAccessible } from "./a11y";
import { signUp } from "./sign-in";
import { trpcMutation, trpcQuery } from "./trpc-http";
import { expect, test } from "./test";

/** `curl` as an integrator runs it: status code and body, no cookies, only the token. */
function curl(url: string, token: string, body?: unknown) {
  const args = ["-s", "-w", "\n%{http_code}", "-H", `Authorization: Bearer ${token}`, url];
  if (body !== undefined)
    args.push("-H", "Content-Type: application/json", "--data", JSON.stringify(body));
  const out = execFileSync("curl", args, { encoding: "utf8" });
  const split = out.lastIndexOf("\n");
  return { status: Number(out.slice(split + 1)), body: JSON.parse(out.slice(0, split)) as never };
}

test("a read-only token made in Account → Developer lists projects with curl but cannot create one", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // A client of its own (the demo client's sessions are other specs' to end), with a project.
  await signUp(page, {
    role: "client",
    name: "Tove Integrator",
    email: `tokens-${Date.now()}-${test.info().workerIndex}@guild.test`,
    password: "a long and quiet integration passphrase",
  });
  const { data: skills } = await trpcQuery<{ id: number }[]>(page.request, "marketplace.skills");
  const newest = "Nightly export of our invoices";
  const { response: made } = await trpcMutation(page.request, "project.create", {
    title: newest,
    description:
      "A script that exports every invoice of the day to our accounting system, each night, with a report.",
    budgetType: "fixed",
    budgetMinMinor: 100_000,
    budgetMaxMinor: 200_000,
    currency: "USD",
    experienceLevel: "intermediate",
    duration: "1_to_4_weeks",
    skillIds: [skills![0]!.id],
  });
  expect(made.status()).toBe(200);

  await page.goto("/account/developer");
  await expect(page.getByRole("heading", { name: "Create a personal access token" })).toBeVisible();
  const name = `Reporting script ${Date.now()}`;

  // Refused inline first: no name and no area chosen.
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name the token after what will use it")).toBeVisible();
  await expect(
    page.getByText("Choose at least one area the token may read or write"),
  ).toBeVisible();

  await page.getByLabel("Name").fill(name);
  await page.getByRole("radiogroup", { name: "Projects" }).getByLabel("Read").check();
  await page.getByLabel("Expires after").selectOption("7");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("Your new token");
  await expect(shown).toHaveValue(/^guild_pat_[0-9A-Za-z]{36}$/);
  const token = await shown.inputValue();
  const list = page.getByRole("list", { name: "Your tokens" });
  const item = list.getByRole("listitem").filter({ hasText: name });
  await expect(item.getByText("projects:read")).toBeVisible();
  await expect(item.getByText(token.slice(0, 14) + "…")).toBeVisible();
  await expectAccessible(page);

  const listed = curl(`${baseURL}/api/v1/me/projects?limit=5`, token) as {
    status: number;
    body: { items: { title: string; createdAt: string }[]; nextCursor: string | null };
  };
  expect(listed.status).toBe(200);
  expect(listed.body.items.length).toBeGreaterThan(0);
  expect(listed.body.items[0]!.title).toBe(newest);
  expect(listed.body.items[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);

  const created = curl(`${baseURL}/api/v1/projects`, token, { title: "Not allowed" }) as {
    status: number;
    body: { error: { code: string; message: string; details: { missingScope: string } } };
  };
  expect(created.status).toBe(403);
  expect(created.body.error.code).toBe("FORBIDDEN");
  expect(created.body.error.details.missingScope).toBe("projects:write");

  // Its use shows on the page; revoking it stops the next request.
  await page.reload();
  await expect(item.getByText(/last used/)).toBeVisible();
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke “${name}”?` });
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toBeHidden();
  await expect(item.getByText("Revoked", { exact: true })).toBeVisible();
  expect(curl(`${baseURL}/api/v1/me/projects`, token).status).toBe(401);
});

test("the API reference at /docs renders from Guild's own origin with no CSP violation", async ({
  page,
}) => {
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(new URL(page.url() || "http://x").origin))
      elsewhere.push(request.url());
  });
  await page.goto("/docs");
  await expect(page.getByText("Guild API", { exact: false }).first()).toBeVisible();
  const path = (name: string) => page.getByRole("link", { name, exact: true });
  await expect(path("/me/projects")).toBeVisible();
  await expect(path("/contracts/{id}/milestones")).toBeVisible();
  // Searching and creating share a path: both operations are listed.
  await expect(path("/projects")).toHaveCount(2);
  const csp = (await page.request.get("/docs")).headers()["content-security-policy"];
  expect(csp).toContain("script-src 'self'");
  expect(
    elsewhere.filter(
      (url) => !url.startsWith("http://localhost") && !url.startsWith("http://127.0.0.1"),
    ),
  ).toEqual([]);
});
