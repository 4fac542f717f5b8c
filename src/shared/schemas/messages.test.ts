import { describe, expect, it } from "vitest";
import { z } from "zod";

import { LeaveReviewInput } from "./contract";
import "./messages";

const messageOf = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues[0]?.message;

describe("validation messages", () => {
  it("are sentences a person can act on, never the validator's own wording", () => {
    expect(messageOf(z.string().max(2000), "x".repeat(2001))).toBe("Use at most 2,000 characters.");
    expect(messageOf(z.string().min(10), "short")).toBe("Use at least 10 characters.");
    expect(messageOf(z.string().min(1), "")).toBe("This field is required.");
    expect(messageOf(z.object({ a: z.string() }), {})).toBe("This field is required.");
    expect(messageOf(z.number(), "3")).toBe("Enter a number.");
    expect(messageOf(z.enum(["a", "b"]), "c")).toBe("Choose one of the options offered.");
    expect(messageOf(z.array(z.string()).max(2), ["a", "b", "c"])).toBe("Choose at most 2 items.");
    expect(messageOf(z.strictObject({}), { extra: 1 })).toMatch(/^Leave out "extra"/);
  });

  it("leave a schema's own wording alone", () => {
    expect(messageOf(z.string().max(5, { error: "Keep it short" }), "toolong")).toBe(
      "Keep it short",
    );
  });

  it("read well on the forms' own schemas, such as a long review", () => {
    const review = { overall: 5, communication: 5, quality: 5, timeliness: 5, contractId: "c" };
    const error = LeaveReviewInput.safeParse({ ...review, comment: "x".repeat(5000) }).error;
    expect(error?.issues.length).toBeGreaterThan(0);
    for (const issue of error!.issues) expect(issue.message).toMatch(/^[A-Z].*\.$/);
  });
});

describe("a list of links", () => {
  it("names the links that are not full web links, in one sentence", async () => {
    const { SubmitMilestoneInput } = await import("./contract");
    const result = SubmitMilestoneInput.safeParse({
      id: "m",
      note: "Delivered",
      links: ["https://ok.example/a", "example.com/b", "https://ok.example/c", "ftp://x.example"],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Use full links starting with https:// — “example.com/b” and “ftp://x.example” are not.",
    ]);
  });
});
