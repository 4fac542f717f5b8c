import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails the test with axe's own report if the page breaks a WCAG 2.1 A/AA rule. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next sets the title a moment after the content: wait for it.
  await expect.poll(() => page.title(), { message: "the page has a title" }).not.toBe("");
  // Colours fade (cards, buttons: `transition`) after a scheme switch: a check halfway would
  // judge neither scheme. Let the switch start, then wait for every transition to end.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.getAnimations().filter((a) => a instanceof CSSTransition).length,
        ),
      { message: "colour transitions have ended" },
    )
    .toBe(0);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
  expect(summary).toEqual([]);
}
