import path from "node:path";
import { createClient } from "@libsql/client";
import type { Page } from "@playwright/test";

import { expect, test } from "./test";
import { signedInRequest, trpcMutation, trpcQuery } from "./trpc-http";

/**
 * One long unbroken word or link must never widen a page: user text wraps wherever it is shown
 * (titles, descriptions, bios, names, cover letters, links), on a desktop and on a phone.
 */
const word = (length: number, letter = "w") => letter.repeat(length);
const longLink = `https://example.com/${word(260, "p")}`;

async function firstRow(sql: string) {
  const db = createClient({ url: `file:${path.join(process.env.E2E_DATA_DIR!, "e2e.db")}` });
  try {
    return (await db.execute(sql)).rows[0]!;
  } finally {
    db.close();
  }
}

async function expectNoSideways(page: Page, url: string) {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await expect(page.getByRole("main")).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll, `${url} at ${viewport.width} px`).toBeLessThanOrEqual(widths.inner);
  }
}

test("a project, a profile and a proposal full of long words fit the screen", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const client = await signedInRequest(browser, baseURL!, "client@guild.example");
  const [skill] = (await trpcQuery<{ id: number }[]>(client.request, "marketplace.skills")).data!;
  const { data: project } = await trpcMutation<{ id: string }>(client.request, "project.create", {
    title: word(120, "t"),
    description: `${word(300)} and then ${longLink} in the middle of a sentence.`,
    budgetType: "fixed",
    budgetMinMinor: 100_000,
    budgetMaxMinor: 200_000,
    currency: "USD",
    experienceLevel: "expert",
    duration: "1_to_4_weeks",
    skillIds: [skill!.id],
  });
  await trpcMutation(client.request, "project.publish", { id: project!.id });

  // A seeded freelancer nobody else's test uses writes the long profile and proposal.
  const row = await firstRow(
    "select email, id from users where role = 'freelancer' and email like '%@example.com' order by email desc limit 1",
  );
  const freelancer = await signedInRequest(browser, baseURL!, String(row.email));
  const saved = await trpcMutation(freelancer.request, "profile.saveFreelancer", {
    headline: word(120, "h"),
    bio: `${word(300, "b")} ${longLink}`,
    hourlyRateMinor: 9_000,
    currency: "USD",
    availability: "available",
    location: word(80, "l"),
    skillIds: [skill!.id],
    portfolio: [{ title: word(100, "f"), description: word(300, "d"), url: longLink }],
  });
  expect(saved.response.ok(), await saved.response.text()).toBe(true);
  const proposal = await trpcMutation(freelancer.request, "proposal.submit", {
    projectId: project!.id,
    coverLetter: `${word(300, "c")} ${longLink} — and more words after it to reach the minimum.`,
    bidMinor: 150_000,
    estimatedDuration: "1_to_4_weeks",
  });
  expect(proposal.response.ok(), await proposal.response.text()).toBe(true);

  const page = await (await browser.newContext({ baseURL })).newPage();
  await expectNoSideways(page, `/projects/${project!.id}`);
  await expectNoSideways(page, `/projects?q=${word(60, "t")}`);
  await expectNoSideways(page, `/freelancers/${String(row.id)}`);
  const clientPage = await (
    await client.request
      .storageState()
      .then((state) => browser.newContext({ baseURL, storageState: state }))
  ).newPage();
  await expectNoSideways(clientPage, `/my/projects/${project!.id}`);
  await Promise.all([client.close(), freelancer.close()]);
});
