import { createHash, createHmac } from "node:crypto";

/**
 * An independent check of AWS Signature V4, as S3 performs it, written from the spec rather
 * than with the SDK that signs: s3rver accepts any signature, so the tests of Guild's presigned
 * URLs and POST policies verify them here.
 */

const hmac = (key: Buffer | string, data: string) =>
  createHmac("sha256", key).update(data).digest();
const hex = (data: string) => createHash("sha256").update(data).digest("hex");
const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

function signingKey(secret: string, date: string, region: string, service: string) {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), "aws4_request");
}

/** "20250102T030405Z" as a time. */
function amzTime(stamp: string) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) throw new Error(`not an X-Amz-Date: ${stamp}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

export type Verdict = "valid" | "expired" | "bad signature" | "refused by policy";

/** Verifies a presigned query-string URL the way S3 would at `now`. */
export function verifyPresignedUrl(
  url: URL,
  { secret, method = "GET", now = Date.now() }: { secret: string; method?: string; now?: number },
): Verdict {
  const params = url.searchParams;
  const amzDate = params.get("X-Amz-Date")!;
  const [, date, region, service] = params.get("X-Amz-Credential")!.split("/");
  const query = [...params.entries()]
    .filter(([name]) => name !== "X-Amz-Signature")
    .map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  const signedHeaders = params.get("X-Amz-SignedHeaders")!;
  if (signedHeaders !== "host") throw new Error(`unexpected signed headers: ${signedHeaders}`);
  const canonical = [
    method,
    url.pathname,
    query,
    `host:${url.host}\n`,
    signedHeaders,
    "UNSIGNED-PAYLOAD",
  ].join("\n");
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, hex(canonical)].join("\n");
  const signature = hmac(signingKey(secret, date!, region!, service!), toSign).toString("hex");
  if (signature !== params.get("X-Amz-Signature")) return "bad signature";
  const expires = Number(params.get("X-Amz-Expires"));
  return now > amzTime(amzDate) + expires * 1000 ? "expired" : "valid";
}

type Condition = Record<string, string> | [string, string | number, string | number];

/**
 * Verifies a presigned POST (its fields and the file's size) the way S3 would at `now`: the
 * policy's signature, its expiration, and every condition against the submitted form.
 */
export function verifyPresignedPost(
  fields: Record<string, string>,
  { secret, size, now = Date.now() }: { secret: string; size: number; now?: number },
): Verdict {
  const [, date, region, service] = fields["X-Amz-Credential"]!.split("/");
  const signature = hmac(signingKey(secret, date!, region!, service!), fields.Policy!).toString(
    "hex",
  );
  if (signature !== fields["X-Amz-Signature"]) return "bad signature";
  const policy = JSON.parse(Buffer.from(fields.Policy!, "base64").toString("utf8")) as {
    expiration: string;
    conditions: Condition[];
  };
  if (now > Date.parse(policy.expiration)) return "expired";
  for (const condition of policy.conditions) {
    if (Array.isArray(condition)) {
      const [op, a, b] = condition;
      if (op === "content-length-range" && (size < Number(a) || size > Number(b)))
        return "refused by policy";
      if (op === "eq" && fields[String(a).slice(1)] !== b) return "refused by policy";
      if (op === "starts-with" && !fields[String(a).slice(1)]?.startsWith(String(b)))
        return "refused by policy";
    } else {
      for (const [name, value] of Object.entries(condition))
        if (fields[name] !== value) return "refused by policy";
    }
  }
  return "valid";
}
