import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe(".env.example", () => {
  it("documents every variable src/env.js reads", () => {
    const source = readFileSync("src/env.js", "utf8");
    const example = readFileSync(".env.example", "utf8");
    const read = new Set([...source.matchAll(/process\.env\.([A-Z0-9_]+)/g)].map((m) => m[1]!));
    read.delete("NODE_ENV");
    read.delete("NEXT_PHASE");
    expect(read.size).toBeGreaterThan(5);
    const missing = [...read].filter((name) => !new RegExp(`^#? ?${name}=`, "m").test(example));
    expect(missing).toEqual([]);
  });
});
