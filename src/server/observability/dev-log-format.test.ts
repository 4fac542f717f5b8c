import { describe, expect, it } from "vitest";

import { devLogLine } from "./dev-log-format";

const json = (line: Record<string, unknown>) =>
  JSON.stringify({ level: "info", time: "2026-12-02T03:50:46.490Z", service: "guild", ...line });

describe("devLogLine", () => {
  it("writes a request as one short line", () => {
    expect(
      devLogLine(
        json({
          requestId: "r",
          method: "GET",
          path: "/projects",
          status: 200,
          durationMs: 12.5,
          msg: "request",
        }),
      ),
    ).toBe("03:50:46 GET /projects 200 12.5 ms");
  });

  it("leaves out tRPC calls that succeeded, and shows the ones refused", () => {
    const call = { procedure: "project.byId", type: "query", durationMs: 3, msg: "procedure" };
    expect(devLogLine(json({ ...call, code: "OK" }))).toBeNull();
    expect(devLogLine(json({ ...call, code: "NOT_FOUND" }))).toBe(
      "03:50:46   ↳ project.byId NOT_FOUND 3 ms",
    );
  });

  it("marks warnings and errors and keeps their details", () => {
    expect(devLogLine(json({ level: "warn", msg: "slow", table: "projects" }))).toBe(
      "03:50:46 WARN slow  table=projects",
    );
  });

  it("passes through what is not JSON", () => {
    expect(devLogLine("plain text\n")).toBe("plain text");
  });
});
