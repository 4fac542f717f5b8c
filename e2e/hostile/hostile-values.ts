import { randomBytes } from "node:crypto";

/**
 * Hostile inputs for URLs. `raw` goes into the URL exactly as written, so a value can be
 * deliberately broken (`%E0%A4%A`, a lone `%`) where `encodeURIComponent` would have fixed it.
 * `core` marks the few sent on every pass; the rest go out once, anonymously: a page renders
 * in ~30 ms on this 2-core machine, so the full cross product for every viewer would take
 * minutes, and what differs between viewers is the page around the value, not its decoding.
 */
export interface HostileValue {
  label: string;
  raw: string;
  core?: boolean;
}

export type Depth = "full" | "core";

const text = (label: string, value: string, core = false): HostileValue => ({
  label,
  raw: encodeURIComponent(value),
  core,
});
const raw = (label: string, value: string, core = false): HostileValue => ({
  label,
  raw: value,
  core,
});
const atDepth = (values: HostileValue[], depth: Depth) =>
  depth === "full" ? values : values.filter((value) => value.core);

/** Hostile stand-ins for a dynamic path segment (an id). */
export function hostileSegments(depth: Depth): HostileValue[] {
  return atDepth(
    [
      text("65-char id", "a".repeat(65), true),
      text("5,000-char id", "a".repeat(5_000), true),
      text("1,000 emoji id", "🦘".repeat(1_000)),
      text("emoji", "🦘🧑🏽‍💻🏳️‍🌈", true),
      text("right-to-left override", "\u202Eevil\u202C שלום مرحبا"),
      text("combining marks", "Z\u0351\u0334a\u0310\u0337l\u0360g\u0489o"),
      text("zero-width characters", "\u200B\uFEFF\u2060"),
      text("control characters", "\u0001\u001b[31m\u007f"),
      raw("NUL", "%00", true),
      raw("NUL inside", "a%00b"),
      raw("lone percent", "%", true),
      raw("not an escape", "%ZZ"),
      raw("truncated UTF-8", "%E0%A4%A", true),
      raw("invalid UTF-8", "%ff%fe", true),
      raw("overlong UTF-8", "%C0%AF"),
      raw("UTF-8 surrogate", "%ED%A0%80"),
      text("apostrophe", "'", true),
      text("double quote", '"'),
      text("script tag", "<script>alert(1)</script>"),
      text("SQL", "1' OR '1'='1' --"),
      raw("encoded traversal", "..%2f..%2f..%2fetc%2fpasswd", true),
      raw("encoded backslash traversal", "..%5c..%5c"),
      text("space", " "),
      text("__proto__", "__proto__"),
      text("constructor", "constructor"),
      text("negative number", "-1"),
      text("zero", "0"),
    ],
    depth,
  );
}

/** Hostile variants built around a real id, which reach further into the code than junk. */
export function hostileSegmentsAround(realId: string, depth: Depth): HostileValue[] {
  return atDepth(
    [
      raw("real id + NUL", `${realId}%00`, true),
      raw("real id + apostrophe", `${realId}'`),
      raw("real id + invalid UTF-8", `${realId}%ff`),
      raw("real id upper-cased", realId.toUpperCase(), true),
      raw("real id + space", `${realId}%20`),
    ],
    depth,
  );
}

/** Hostile values for one query parameter a page reads. */
export function hostileQueryValues(depth: Depth): HostileValue[] {
  return atDepth(
    [
      text("201 chars", "q".repeat(201), true),
      text("10,000 chars", "x".repeat(10_000), true),
      text("emoji", "🦘🧑🏽‍💻🏳️‍🌈"),
      text("right-to-left override", "\u202Eevil\u202C שלום مرحبا"),
      raw("NUL", "%00", true),
      raw("lone percent", "%"),
      raw("truncated UTF-8", "%E0%A4%A", true),
      text("apostrophe", "'"),
      text("double quote", '"'),
      text("script tag", "<script>alert(1)</script>"),
      text("empty", ""),
      // Numbers where numbers are read.
      text("negative", "-1", true),
      text("not a number", "abc", true),
      text("huge number", "99999999999999999999999999999"),
      text("1e309", "1e309"),
      text("fraction", "0.5"),
      // Cursors and tokens.
      text("random base64", randomBytes(48).toString("base64"), true),
      text("JSON", '{"id":"x","at":1,"__proto__":{"polluted":1}}'),
      text("path traversal", "../../../../etc/passwd"),
      text("cursor-shaped", `999999999999999_${"a".repeat(64)}`),
      // FTS5 query syntax in words boxes.
      text("FTS5 NEAR(", "NEAR("),
      text("FTS5 star", "*"),
      text("FTS5 OR", "OR"),
      text("FTS5 caret", "^"),
      text("FTS5 mixed", 'a OR "b NOT c AND ( -d NEAR(', true),
      // Lists, and places a redirect could be pointed at.
      text("50-item list", Array.from({ length: 50 }, (_, i) => `skill-${i}`).join(",")),
      text("protocol-relative URL", "//evil.example/", true),
      text("backslash URL", "/\\evil.example"),
    ],
    depth,
  );
}

/**
 * Values for every key at once (the generic keys below plus the page's own): a page that
 * reads a key nobody found still gets garbage in it. 201 characters, not 10,000: two dozen
 * keys of 10,000 would only test Node's header limit.
 */
export function allKeysValues(depth: Depth): HostileValue[] {
  return atDepth(
    [
      text("201 chars", "q".repeat(201), true),
      raw("NUL", "%00", true),
      raw("truncated UTF-8", "%E0%A4%A"),
      text("not a number", "abc"),
      text("FTS5 mixed", 'a OR "b NOT c AND ( -d NEAR('),
    ],
    depth,
  );
}

/** Query keys every page gets: what Guild's pages read today or might tomorrow. */
export const GENERIC_QUERY_KEYS = [
  "q",
  "skills",
  "skill",
  "budgetMin",
  "budgetMax",
  "min",
  "max",
  "type",
  "level",
  "sort",
  "cursor",
  "after",
  "direction",
  "page",
  "available",
  "next",
  "token",
  "email",
  "experience",
  "posted",
  "error",
  "welcome",
  "reset",
  "signedOut",
];
