import { expect, test as base, type Page } from "@playwright/test";

/**
 * Every e2e test runs with a watch on the browser console: a Content-Security-Policy
 * violation (or a broken policy header) anywhere fails the test that caused it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const watch = (page: Page) =>
        page.on("console", (message) => {
          const text = message.text();
          if (/Content Security Policy|Permissions-Policy/i.test(text)) violations.push(text);
        });
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(violations);
      expect(violations, "CSP violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
