import { describe, expect, it } from "vitest";

import type { PersonActor } from "~/server/domain/actor";
import { canTransition, mayViewProject } from "./policy";

function person(id: string, role: PersonActor["role"], proven = false): PersonActor {
  return {
    kind: "person",
    id,
    name: id,
    email: `${id}@test.example`,
    role,
    status: "active",
    emailVerified: true,
    twoFactorEnabled: proven,
    sessionId: `s-${id}`,
    secondFactorVerified: proven,
  };
}

const owner = person("client-1", "client");
const otherClient = person("client-2", "client");
const freelancer = person("freelancer-1", "freelancer");
const provenAdmin = person("admin-1", "admin", true);
const passwordOnlyAdmin = person("admin-2", "admin");
const twoFactorOnAdminWithoutProof = { ...passwordOnlyAdmin, twoFactorEnabled: true };

describe("mayViewProject", () => {
  it("shows a project once published to everyone, whatever it became since", () => {
    const published = { publishedAt: new Date(), clientId: owner.id, hiddenAt: null };
    expect(mayViewProject(null, published)).toBe(true);
    expect(mayViewProject(freelancer, published)).toBe(true);
  });

  it("keeps a never-published project private in every status: its client and a proven admin only", () => {
    // A draft and a discarded draft look the same here: neither was ever published.
    const neverPublished = { publishedAt: null, clientId: owner.id, hiddenAt: null };
    expect(mayViewProject(owner, neverPublished)).toBe(true);
    expect(mayViewProject(provenAdmin, neverPublished)).toBe(true);
    expect(mayViewProject(passwordOnlyAdmin, neverPublished)).toBe(false);
    expect(mayViewProject(twoFactorOnAdminWithoutProof, neverPublished)).toBe(false);
    expect(mayViewProject(otherClient, neverPublished)).toBe(false);
    expect(mayViewProject(freelancer, neverPublished)).toBe(false);
    expect(mayViewProject(null, neverPublished)).toBe(false);
  });
});

it("keeps a hidden project from everyone but its client and a proven admin", () => {
  const hidden = { publishedAt: new Date(), clientId: owner.id, hiddenAt: new Date() };
  expect(mayViewProject(owner, hidden)).toBe(true);
  expect(mayViewProject(provenAdmin, hidden)).toBe(true);
  expect(mayViewProject(passwordOnlyAdmin, hidden)).toBe(false);
  expect(mayViewProject(freelancer, hidden)).toBe(false);
  expect(mayViewProject(null, hidden)).toBe(false);
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
