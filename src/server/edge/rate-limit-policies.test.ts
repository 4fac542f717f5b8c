import { describe, expect, it } from "vitest";

import { defaultPolicies, policiesWithOverrides } from "./rate-limit-policies";

describe("policiesWithOverrides", () => {
  it("keeps the defaults without overrides", () => {
    expect(policiesWithOverrides(undefined)).toEqual(defaultPolicies);
    expect(policiesWithOverrides(" ")).toEqual(defaultPolicies);
  });

  it("applies overrides and leaves the rest alone", () => {
    const table = policiesWithOverrides("reads=1200/1m, signInAccount=10/2h");
    expect(table.reads).toMatchObject({ limit: 1200, windowMs: 60_000 });
    expect(table.signInAccount).toMatchObject({ limit: 10, windowMs: 7_200_000 });
    expect(table.mutations).toEqual(defaultPolicies.mutations);
    expect(defaultPolicies.reads.limit).toBe(600);
  });

  it("names the bad entry", () => {
    expect(() => policiesWithOverrides("reads=lots")).toThrow(/"reads=lots"/);
    expect(() => policiesWithOverrides("writes=5/1m")).toThrow(/unknown policy "writes"/);
    expect(() => policiesWithOverrides("reads=0/1m")).toThrow(/too small/);
  });
});
