import { randomBytes } from "node:crypto";

/**
 * Garbage for tRPC's wire format (superjson: `{"json": …, "meta": {"values": …}}`), as a GET
 * `?input=` or a POST body.
 * - `object: false`: the top-level value is not an object. Every Guild input schema is a
 *   `z.object`, so these can never run a mutation, and only these are sent to mutations with
 *   a real session.
 * - `every`: sent to every procedure. The rest (big bodies, rarer encodings) go to one
 *   procedure of each tier and type: they are decoded before any procedure code runs, so
 *   sixty copies of a megabyte would test the same path sixty times.
 */
export interface TrpcGarbage {
  label: string;
  /** The text after `input=` in a GET, raw (already encoded where it should be). */
  query?: string;
  /** A POST body and its content type (null: no Content-Type header). */
  post?: { contentType: string | null; body: string | Buffer };
  object: boolean;
  every?: boolean;
}

const MEGABYTE_PLUS = 1_100_000;
const JSON_TYPE = "application/json";
const json = (value: unknown) => JSON.stringify(value);

/** The same text as a GET input and as a JSON POST body. */
const both = (
  label: string,
  text: string,
  flags: { object?: boolean; every?: boolean } = {},
): TrpcGarbage => ({
  label,
  query: encodeURIComponent(text),
  post: { contentType: JSON_TYPE, body: text },
  object: flags.object ?? false,
  every: flags.every,
});
const postOnly = (
  label: string,
  contentType: string | null,
  body: string | Buffer,
  every = false,
): TrpcGarbage => ({
  label,
  post: { contentType, body },
  object: false,
  every,
});

const wrongTypes = {
  id: 123,
  projectId: [],
  contractId: {},
  userId: true,
  q: { $ne: 1 },
  cursor: [],
  limit: "many",
  skills: "react",
  page: -1,
  sort: 1,
  token: null,
};

const deepArrays = (depth: number) => `{"json":${"[".repeat(depth)}${"]".repeat(depth)}}`;
const deepObjects = (depth: number) => `{"json":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;

export function trpcGarbage(): TrpcGarbage[] {
  return [
    {
      label: "no input",
      query: "",
      post: { contentType: null, body: "" },
      object: false,
      every: true,
    },
    {
      label: "not JSON",
      query: "not%20json",
      post: { contentType: JSON_TYPE, body: "not json" },
      object: false,
      every: true,
    },
    {
      label: "truncated JSON",
      query: "%7B",
      post: { contentType: JSON_TYPE, body: "{" },
      object: false,
    },
    { label: "broken escape", query: "%ZZ%E0%A4%A", object: false, every: true },
    {
      label: "NUL",
      query: "%00",
      post: { contentType: JSON_TYPE, body: "\u0000" },
      object: false,
      every: true,
    },
    both("json: null", json({ json: null }), { every: true }),
    both("wrong types", json({ json: wrongTypes }), { object: true, every: true }),
    both(
      "__proto__ key",
      '{"json":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}',
      {
        object: true,
        every: true,
      },
    ),
    // superjson's meta tells the server how to rebuild values: each of these is a lie.
    both("superjson: bigint overflow", json({ json: "1e999999", meta: { values: ["bigint"] } }), {
      every: true,
    }),
    both("superjson: unknown class", json({ json: "x", meta: { values: ["class", "Nope"] } }), {
      every: true,
    }),
    both(
      "superjson: __proto__ path",
      json({
        json: { a: 1 },
        meta: { values: { "__proto__.polluted": ["undefined"], a: ["Date"] } },
      }),
      { object: true, every: true },
    ),
    both(
      "superjson: referential __proto__",
      json({
        json: { a: {}, b: 1 },
        meta: { referentialEqualities: { a: ["__proto__.x", "constructor.prototype.y"] } },
      }),
      { object: true, every: true },
    ),
    { label: "3,000-deep arrays", query: deepArrays(3_000), object: false, every: true },
    // Each schema has its own length limits: a megabyte in a field goes to all of them.
    {
      label: "1 MB string in a field",
      post: {
        contentType: JSON_TYPE,
        body: json({ json: { id: "a".repeat(MEGABYTE_PLUS), q: "a" } }),
      },
      object: true,
      every: true,
    },
    postOnly("10,000-deep arrays", JSON_TYPE, deepArrays(10_000), true),
    postOnly(
      "multipart garbage",
      "multipart/form-data; boundary=x",
      "--x\r\ngarbage\r\n--x--",
      true,
    ),
    postOnly("invalid UTF-8", JSON_TYPE, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), true),

    both("null", "null"),
    both("bare array", "[]"),
    both("bare string", '"x"'),
    both("bare number", "42"),
    both("json: string", json({ json: "x" })),
    both("json: array", json({ json: [1, "a", null] })),
    both("no json key", json({ id: "x", input: { id: "x" } }), { object: true }),
    both("superjson: unknown custom", json({ json: "x", meta: { values: [["custom", "nope"]] } })),
    both("superjson: invalid Date", json({ json: "not a date", meta: { values: ["Date"] } })),
    both("superjson: map from a string", json({ json: "x", meta: { values: ["map"] } })),
    both("superjson: set from a number", json({ json: 1, meta: { values: ["set"] } })),
    both("superjson: unknown version", json({ json: "x", meta: { v: 999 } })),
    both(
      "superjson: meta garbage",
      json({ json: "x", meta: { values: 42, referentialEqualities: "x" } }),
    ),
    // A GET input past Node's 16 KB header limit: the server must refuse it, not choke.
    {
      label: "20 KB GET input",
      query: encodeURIComponent(json({ json: "a".repeat(20_000) })),
      object: false,
    },
    postOnly("1 MB string", JSON_TYPE, json({ json: "a".repeat(MEGABYTE_PLUS) })),
    postOnly(
      "200,000-item array",
      JSON_TYPE,
      json({ json: Array.from({ length: 200_000 }, () => "x") }),
    ),
    postOnly("100,000-deep arrays", JSON_TYPE, deepArrays(100_000)),
    postOnly("10,000-deep objects", JSON_TYPE, deepObjects(10_000)),
    postOnly("multipart without boundary", "multipart/form-data", "garbage"),
    postOnly("octet-stream", "application/octet-stream", randomBytes(256)),
    postOnly("form-urlencoded", "application/x-www-form-urlencoded", "input=%ZZ&json=1"),
    postOnly("text/plain", "text/plain", "garbage"),
    postOnly("byte-order mark", JSON_TYPE, '\uFEFF{"json":"x"}'),
    postOnly("UTF-7 charset", "application/json; charset=utf-7", '{"json":"+ADw-"}'),
  ];
}

/** Names no procedure has, including ones a careless lookup would find on a prototype. */
export const UNKNOWN_PROCEDURES = [
  "nope",
  "project.nope",
  "project",
  "__proto__",
  "constructor",
  "toString",
  "project.__proto__",
  "project.constructor",
  "__proto__.polluted",
  "project.byId.extra",
  "project..byId",
  ".",
  "%ZZ",
  "%00",
  "%ff%fe",
  "%E0%A4%A",
  "project.byId%00",
  encodeURIComponent("🦘"),
  "a".repeat(5_000),
  "..%2f..%2fhealth%2fready",
];
