import { describe, expect, it } from "vitest";

import { contentSecurityPolicy } from "~/server/edge/security-headers";

/** Stripe's Payment Element runs only with the Stripe provider; the sandbox's pages allow none of it. */
describe("the CSP and Stripe", () => {
  const policy = (payments?: "sandbox" | "stripe") =>
    contentSecurityPolicy("n", { development: false, https: true, payments });

  it("allows nothing of Stripe with the sandbox", () => {
    for (const csp of [policy(), policy("sandbox")]) {
      expect(csp).not.toContain("stripe.com");
      expect(csp).not.toContain("frame-src");
      expect(csp).toContain("script-src 'self' 'nonce-n' 'strict-dynamic';");
      expect(csp).toContain("connect-src 'self';");
    }
  });

  it("allows Stripe's script, its frames and its API with Stripe", () => {
    const csp = policy("stripe");
    expect(csp).toContain("script-src 'self' 'nonce-n' 'strict-dynamic' https://js.stripe.com;");
    expect(csp).toContain("frame-src https://js.stripe.com https://hooks.stripe.com;");
    expect(csp).toContain("connect-src 'self' https://api.stripe.com;");
    // Only those: pages are still framed by no one and post forms only to us.
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
  });
});
