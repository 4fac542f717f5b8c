import { getQueryKey } from "@trpc/react-query";
import { describe, expect, it } from "vitest";

import { infiniteQueryKeyFor, queryKeyFor } from "./query-key";
import { api } from "./react";

describe("queryKeyFor", () => {
  it("is the key tRPC's React hooks read, so a page's server-filled answer is found", () => {
    const input = { id: "a-project" };
    expect(queryKeyFor("project.manage", input)).toEqual(
      getQueryKey(api.project.manage, input, "query"),
    );
  });

  it("is the same key for a procedure that takes no input", () => {
    expect(queryKeyFor("saved.projectIds", undefined)).toStrictEqual(
      getQueryKey(api.saved.projectIds, undefined, "query"),
    );
  });

  it("is the key of an infinite query's pages, whatever page it starts at", () => {
    expect(infiniteQueryKeyFor("notification.list", {})).toStrictEqual(
      getQueryKey(api.notification.list, {} as never, "infinite"),
    );
    expect(infiniteQueryKeyFor("notification.list", { cursor: "1_a" })).toStrictEqual(
      getQueryKey(api.notification.list, { cursor: "1_a" } as never, "infinite"),
    );
  });
});
