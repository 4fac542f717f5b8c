import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

import { config } from "~/proxy";

/**
 * The proxy's matcher compiled as Next compiles it: the upload PUT of a well-formed id skips
 * the proxy (which would buffer its body in memory and cut it at 10 MB); every other path,
 * including malformed shapes of that one, still goes through it and its strict checks.
 */
// Next's own compiler of matchers (what `next build` writes into the middleware manifest).
const { getMiddlewareMatchers } = createRequire(import.meta.url)(
  "next/dist/build/analysis/get-page-static-info",
) as { getMiddlewareMatchers: (matcher: string[], config: object) => { regexp: string }[] };
const matchers = getMiddlewareMatchers(config.matcher, {}).map(({ regexp }) => new RegExp(regexp));
const proxied = (path: string) => matchers.some((re) => re.test(path));
const id = "3f2a4b6c-1111-4222-8333-444455556666";

describe("the proxy's matcher", () => {
  it("lets only the upload of a well-formed id past", () => {
    expect(proxied(`/api/files/${id}/upload`)).toBe(false);
  });

  it.each([
    `/api/files/${id}`,
    `/api/files/${id}/upload/more`,
    `/api/files/${id}/uploads`,
    `/api/files/x%zz/upload`,
    `/api/files/../upload`,
    "/api/trpc/file.createUpload",
    "/",
    "/projects",
  ])("still guards %s", (path) => {
    expect(proxied(path)).toBe(true);
  });
});
