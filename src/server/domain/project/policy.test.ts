import { describe, expect, it } from "vitest";

import { canTransition, mayViewProject } from "./policy";

const owner = { id: "client-1", role: "client" as const };
const otherClient = { id: "client-2", role: "client" as const };
const freelancer = { id: "freelancer-1", role: "freelancer" as const };
const admin = { id: "admin-1", role: "admin" as const };

describe("mayViewProject", () => {
  it("shows published projects to everyone, signed in or not", () => {
    for (const status of ["open", "in_progress", "completed", "cancelled"] as const) {
      const project = { status, clientId: owner.id };
      expect(mayViewProject(null, project)).toBe(true);
      expect(mayViewProject(freelancer, project)).toBe(true);
    }
  });

  it("shows a draft only to its client and to admins", () => {
    const draft = { status: "draft" as const, clientId: owner.id };
    expect(mayViewProject(owner, draft)).toBe(true);
    expect(mayViewProject(admin, draft)).toBe(true);
    expect(mayViewProject(otherClient, draft)).toBe(false);
    expect(mayViewProject(freelancer, draft)).toBe(false);
    expect(mayViewProject(null, draft)).toBe(false);
  });
});

describe("the project status machine", () => {
  it("allows draft → open → in_progress → completed, and cancelling a draft or an open project", () => {
    expect(canTransition("draft", "open")).toBe(true);
    expect(canTransition("open", "in_progress")).toBe(true);
    expect(canTransition("in_progress", "completed")).toBe(true);
    expect(canTransition("draft", "cancelled")).toBe(true);
    expect(canTransition("open", "cancelled")).toBe(true);
  });

  it("refuses everything else", () => {
    expect(canTransition("draft", "in_progress")).toBe(false);
    expect(canTransition("open", "draft")).toBe(false);
    expect(canTransition("in_progress", "cancelled")).toBe(false);
    expect(canTransition("completed", "open")).toBe(false);
    expect(canTransition("cancelled", "open")).toBe(false);
  });
});
