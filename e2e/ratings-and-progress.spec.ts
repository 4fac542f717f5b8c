import path from "node:path";
import { createClient } from "@libsql/client";

import { expectAccessible } from "./a11y";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

/** The demo client's completed contract: no page links to finished contracts, so ask the database. */
async function completedContractOfDemoClient() {
  const db = createClient({ url: `file:${path.join(process.env.E2E_DATA_DIR!, "e2e.db")}` });
  try {
    const result = await db.execute(
      `select c.id from contracts c join users u on u.id = c.client_id
       where u.email = 'client@guild.example' and c.status = 'completed' limit 1`,
    );
    return String(result.rows[0]!.id);
  } finally {
    db.close();
  }
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("a freelancer's profile shows their rating as stars with words", async ({ page }) => {
      await page.goto("/freelancers");
      await page
        .getByRole("list", { name: "Freelancers" })
        .getByRole("article")
        .filter({ has: page.getByRole("img", { name: /^Rated / }) })
        .first()
        .getByRole("heading")
        .getByRole("link")
        .click();
      await expect(
        page.getByRole("img", { name: /^Rated \d\.\d out of 5 \(\d+ reviews?\)$/ }).first(),
      ).toBeVisible();
      // Each review and each aspect's average: stars named by their score.
      await expect(
        page
          .getByRole("region", { name: "Reviews" })
          .getByRole("img", { name: /^Rated [1-5] out of 5$/ })
          .first(),
      ).toBeVisible();
      await expectAccessible(page);
    });

    test("a contract shows approved work as a progress bar and reviews as stars", async ({
      page,
    }) => {
      test.slow();
      await signIn(page, "client@guild.example");
      await expect(page).toHaveURL(/\/dashboard$/);
      const bars = page.getByRole("progressbar", { name: /^Milestones approved on / });
      await expect(bars.first()).toBeVisible();
      await expect(bars.first()).toHaveAttribute("aria-valuetext", /^\d+ of \d+ \(\d+%\)$/);
      await expectAccessible(page);

      // A fixed-price contract (hourly ones show hours, not milestones).
      await page
        .getByRole("region", { name: "Active contracts" })
        .getByRole("listitem")
        .filter({ has: page.getByRole("progressbar", { name: /^Milestones approved on / }) })
        .first()
        .getByRole("link")
        .first()
        .click();
      await expect(page).toHaveURL(/\/contracts\//);
      const approved = page.getByRole("progressbar", { name: "Work approved" });
      await expect(approved).toHaveAttribute("aria-valuemin", "0");
      await expect(approved).toHaveAttribute("aria-valuenow", /^\d+$/);
      await expect(approved).toHaveAttribute("aria-valuetext", / of .*\(\d+%\)$/);
      await expectAccessible(page);

      await page.goto(`/contracts/${await completedContractOfDemoClient()}`);
      const reviews = page.getByRole("region", { name: "Reviews" });
      await expect(
        reviews.getByRole("img", { name: /^Rated [1-5] out of 5$/ }).first(),
      ).toBeVisible();
      await expectAccessible(page);
    });
  });
}
