import { describe, expect, it } from "vitest";

import { bucketOrigin, contentSecurityPolicy } from "~/server/edge/security-headers";

/** With files in S3, pages allow the bucket for uploads (connect) and redirected pictures (img). */
describe("the CSP and the file bucket", () => {
  const policy = (bucket: string | null) =>
    contentSecurityPolicy("n", { development: false, https: true, bucket });

  it("allows nothing but the site without a bucket", () => {
    expect(bucketOrigin({ S3_REGION: "us-east-1" })).toBeNull();
    expect(policy(null)).toContain("connect-src 'self';");
    expect(policy(null)).toContain("img-src 'self' data: blob:;");
  });

  it("adds the bucket's origin, from the endpoint or AWS's own host", () => {
    const custom = bucketOrigin({
      S3_BUCKET: "guild",
      S3_REGION: "auto",
      S3_ENDPOINT: "https://files.example.com:9000/some/path",
    });
    expect(custom).toBe("https://files.example.com:9000");
    expect(policy(custom)).toContain("connect-src 'self' https://files.example.com:9000;");
    expect(policy(custom)).toContain("img-src 'self' data: blob: https://files.example.com:9000;");
    expect(bucketOrigin({ S3_BUCKET: "guild-files", S3_REGION: "eu-west-3" })).toBe(
      "https://guild-files.s3.eu-west-3.amazonaws.com",
    );
  });
});
