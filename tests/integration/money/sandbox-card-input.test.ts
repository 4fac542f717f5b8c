import { describe, expect, it } from "vitest";
import { z } from "zod";

import { SandboxCardInput } from "~/shared/schemas/money";

/** What the funding form shows under each card field: one sentence that says what to fix. */
describe("the sandbox's card input", () => {
  const errors = (card: Record<string, string>) => {
    const parsed = SandboxCardInput.safeParse(card);
    return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  };

  it("says only that the expiry is not MM/YY when it is not", () => {
    expect(errors({ number: "4242 4242 4242 4242", expiry: "", cvc: "123" })).toEqual({
      expiry: ["Enter the expiry as MM/YY."],
    });
    expect(errors({ number: "4242 4242 4242 4242", expiry: "13/40", cvc: "123" })).toEqual({
      expiry: ["Enter the expiry as MM/YY."],
    });
  });

  it("says a past expiry has expired", () => {
    expect(errors({ number: "4242 4242 4242 4242", expiry: "01/20", cvc: "123" })).toEqual({
      expiry: ["This card has expired."],
    });
  });

  it("takes a test card", () => {
    expect(errors({ number: "4000 0025 0000 3155", expiry: "12/34", cvc: "123" })).toEqual({});
  });
});
