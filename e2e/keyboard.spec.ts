import { expect, test } from "./test";

test("a keyboard user can skip to the content and reach a project", async ({ page }) => {
  await page.goto("/projects");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // From the top of <main>: the search box first, then on to the first project's title link.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeFocused();
  const focused = page.locator(":focus");
  for (let i = 0; i < 10; i++) {
    const href = await focused.getAttribute("href").catch(() => null);
    if (href?.startsWith("/projects/")) break;
    await page.keyboard.press("Tab");
  }
  await expect(focused).toHaveAttribute("href", /\/projects\/[0-9a-f-]{36}$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
});
