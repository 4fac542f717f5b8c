import { describe, expect, it } from "vitest";

import type { Session } from "~/server/auth/session";
import { canTransition, mayViewProject } from "./policy";

function session(id: string, role: Session["user"]["role"], proven = false): Session {
  return {
    sessionId: `s-${id}`,
    user: {
      id,
      name: id,
      email: `${id}@test.example`,
      role,
      status: "active",
      emailVerified: true,
      twoFactorEnabled: proven,
    },
    secondFactorVerified: proven,
  };
}

const owner = session("client-1", "client");
const otherClient = session("client-2", "client");
const freelancer = session("freelancer-1", "freelancer");
const provenAdmin = session("admin-1", "admin", true);
const passwordOnlyAdmin = session("admin-2", "admin");
const twoFactorOnAdminWithoutProof = {
  ...passwordOnlyAdmin,
  user: { ...passwordOnlyAdmin.user, twoFactorEnabled: true },
};

describe("mayViewProject", () => {
  it("shows a project once published to everyone, whatever it became since", () => {
    const published = { publishedAt: new Date(), clientId: owner.user.id };
    expect(mayViewProject(null, published)).toBe(true);
    expect(mayViewProject(freelancer, published)).toBe(true);
  });

  it("keeps a never-published project private in every status: its client and a proven admin only", () => {
    // A draft and a discarded draft look the same here: neither was ever published.
    const neverPublished = { publishedAt: null, clientId: owner.user.id };
    expect(mayViewProject(owner, neverPublished)).toBe(true);
    expect(mayViewProject(provenAdmin, neverPublished)).toBe(true);
    expect(mayViewProject(passwordOnlyAdmin, neverPublished)).toBe(false);
    expect(mayViewProject(twoFactorOnAdminWithoutProof, neverPublished)).toBe(false);
    expect(mayViewProject(otherClient, neverPublished)).toBe(false);
    expect(mayViewProject(freelancer, neverPublished)).toBe(false);
    expect(mayViewProject(null, neverPublished)).toBe(false);
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
