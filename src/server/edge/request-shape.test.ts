import { describe, expect, it } from "vitest";

import { MAX_BODY_BYTES, refuseMalformed } from "./request-shape";

const request = (
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
  search = "",
) => refuseMalformed({ method, rawPath, search, headers: new Headers(headers) });

describe("refuseMalformed", () => {
  it("lets ordinary requests through", () => {
    expect(request("GET", "/projects")).toBeNull();
    expect(request("HEAD", "/projects/abc")).toBeNull();
    expect(request("GET", "/freelancers/%C3%A9")).toBeNull();
    expect(request("POST", "/api/trpc/project.create", { "content-length": "900" })).toBeNull();
    expect(request("POST", "/api/auth/callback/credentials")).toBeNull();
    expect(request("POST", "/api/sign-out")).toBeNull();
  });

  it("refuses any server-action request, whatever its body", () => {
    expect(request("POST", "/signin", { "next-action": "x" })).toMatchObject({ status: 400 });
    expect(
      request("POST", "/api/auth/callback/credentials", { "next-action": "7f" }),
    ).toMatchObject({ status: 400 });
  });

  it("refuses broken percent-escapes in the path", () => {
    expect(request("GET", "/projects/%ff%fe")).toMatchObject({ status: 400 });
    expect(request("GET", "/api/trpc/%ZZ")).toMatchObject({ status: 400 });
  });

  it("refuses bodies over the limit by their declared length", () => {
    const over = String(MAX_BODY_BYTES + 1);
    expect(request("POST", "/api/trpc/x", { "content-length": over })).toMatchObject({
      status: 413,
    });
    expect(request("POST", "/api/trpc/x", { "content-length": "nonsense" })).toMatchObject({
      status: 413,
    });
  });

  it("answers 405 with Allow for methods a route does not serve", () => {
    expect(request("TRACE", "/")).toEqual({
      status: 405,
      message: expect.any(String),
      allow: "GET, HEAD",
    });
    expect(request("PUT", "/api/trpc/project.create")).toMatchObject({
      status: 405,
      allow: "GET, POST",
    });
    expect(request("DELETE", "/api/health/live")).toMatchObject({ status: 405 });
    expect(request("GET", "/api/sign-out")).toMatchObject({ status: 405, allow: "POST" });
  });

  it("sends a form posted to a page back to the page", () => {
    expect(
      request(
        "POST",
        "/signin",
        { "content-type": "application/x-www-form-urlencoded" },
        "?next=%2Fa",
      ),
    ).toEqual({ status: 303, location: "/signin?next=%2Fa" });
    expect(
      request("POST", "//evil.example/x", { "content-type": "multipart/form-data; boundary=a" }),
    ).toEqual({ status: 303, location: "/evil.example/x" });
    expect(request("POST", "/signin", { "content-type": "application/json" })).toMatchObject({
      status: 405,
    });
  });
});
