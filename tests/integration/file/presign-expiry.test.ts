import { describe, expect, it } from "vitest";

import { S3Storage } from "~/server/storage/s3-storage";
import { verifyPresignedPost, verifyPresignedUrl } from "../../helpers/sigv4";

/**
 * What the bucket would say to Guild's presigned links, checked with an independent Signature
 * V4 verifier (s3rver checks no signature and no POST policy): valid while fresh, refused once
 * expired, refused when anything signed is changed, and the upload's size condition enforced.
 */
const secret = "a-test-secret-access-key";
const storage = new S3Storage({
  bucket: "guild-files",
  region: "eu-central-1",
  endpoint: "http://127.0.0.1:9",
  credentials: { accessKeyId: "AKIDGUILDTEST", secretAccessKey: secret },
});
const MINUTE = 60_000;

describe("a presigned download", () => {
  const signedAt = new Date("2031-03-04T05:06:07Z");
  const link = async () =>
    new URL(
      await storage.presignedDownload("ab/some-file", {
        contentType: "application/pdf",
        contentDisposition: `attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`,
        cacheControl: "private, max-age=300",
        signingDate: signedAt,
      }),
    );

  it("lives five minutes, names its type and disposition, and is refused after", async () => {
    const url = await link();
    expect(url.pathname).toBe("/guild-files/ab/some-file");
    expect(url.searchParams.get("response-content-type")).toBe("application/pdf");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("300");
    const at = (ms: number) => verifyPresignedUrl(url, { secret, now: signedAt.getTime() + ms });
    expect(at(0)).toBe("valid");
    expect(at(5 * MINUTE)).toBe("valid");
    expect(at(5 * MINUTE + 1000)).toBe("expired");
  });

  it("is refused when what it says is changed, or signed with another key", async () => {
    const url = await link();
    const now = signedAt.getTime();
    const inline = new URL(url);
    inline.searchParams.set("response-content-disposition", "inline");
    expect(verifyPresignedUrl(inline, { secret, now })).toBe("bad signature");
    const longer = new URL(url);
    longer.searchParams.set("X-Amz-Expires", "604800");
    expect(verifyPresignedUrl(longer, { secret, now: now + 10 * MINUTE })).toBe("bad signature");
    expect(verifyPresignedUrl(url, { secret: "another secret", now })).toBe("bad signature");
  });
});

describe("a presigned upload", () => {
  it("takes 1 byte to the limit, to its key only, for ten minutes", async () => {
    const signedAt = Date.now();
    const { fields } = await storage.presignedUpload("cd/new-file", { maxBytes: 5_000 });
    const check = (size: number, now = signedAt, form = fields) =>
      verifyPresignedPost(form, { secret, size, now });
    expect(check(1)).toBe("valid");
    expect(check(5_000)).toBe("valid");
    expect(check(5_001)).toBe("refused by policy");
    expect(check(0)).toBe("refused by policy");
    expect(check(1_000, signedAt + 9 * MINUTE)).toBe("valid");
    expect(check(1_000, signedAt + 10 * MINUTE + 2000)).toBe("expired");
    expect(check(1_000, signedAt, { ...fields, key: "cd/somebody-else" })).toBe(
      "refused by policy",
    );
    expect(check(1_000, signedAt, { ...fields, "Content-Type": "text/html" })).toBe(
      "refused by policy",
    );
    const loosened = Buffer.from(
      Buffer.from(fields.Policy!, "base64").toString().replace("5000", "999999999"),
    ).toString("base64");
    expect(check(1_000, signedAt, { ...fields, Policy: loosened })).toBe("bad signature");
  });
});
