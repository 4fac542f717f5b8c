import { expectAccessible } from "./a11y";
import { expect, test } from "./test";

const pages = [
  { link: "How Guild works", heading: "How Guild works", url: /\/how-it-works$/ },
  { link: "Terms", heading: "Terms of service", url: /\/terms$/ },
  { link: "Privacy", heading: "Privacy notice", url: /\/privacy$/ },
] as const;

const viewports = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

for (const colorScheme of ["light", "dark"] as const) {
  for (const viewport of viewports) {
    test.describe(`${colorScheme}, ${viewport.width} px`, () => {
      test.use({ colorScheme, viewport });

      for (const { link, heading, url } of pages) {
        test(`the footer leads to ${heading}, with contents that reach their sections`, async ({
          page,
        }) => {
          test.slow();
          await page.goto("/");
          await page
            .getByRole("navigation", { name: "Footer" })
            .getByRole("link", { name: link })
            .click();
          await expect(page).toHaveURL(url);
          await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
          // A table of contents whose links reach their sections.
          const contents = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
          expect(await contents.count()).toBeGreaterThan(4);
          await contents.last().click();
          await expect(page).toHaveURL(/#[a-z-]+$/);
          await expectAccessible(page);
        });
      }
    });
  }
}

test("the terms say payments and fees come later, and the privacy notice names the one cookie", async ({
  page,
}) => {
  await page.goto("/terms");
  await expect(page.getByRole("region", { name: "Payments, fees and escrow" })).toContainText(
    "Guild does not move money yet.",
  );
  await page.goto("/privacy");
  await expect(page.getByRole("region", { name: "Cookies" })).toContainText("guild.session");
});
