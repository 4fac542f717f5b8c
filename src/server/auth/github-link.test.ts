import { describe, expect, it } from "vitest";

import { decideGitHubLink, verifiedPrimaryEmail, type GuildAccount } from "./github-link";

const account: GuildAccount = {
  email: "ada@example.com",
  emailVerified: true,
  twoFactorEnabled: false,
  status: "active",
};

describe("verifiedPrimaryEmail", () => {
  it("takes only a primary address GitHub has verified, lower-cased", () => {
    expect(
      verifiedPrimaryEmail([{ email: "Ada@Example.com", primary: true, verified: true }]),
    ).toBe("ada@example.com");
    expect(
      verifiedPrimaryEmail([{ email: "ada@example.com", primary: true, verified: false }]),
    ).toBeNull();
    expect(
      verifiedPrimaryEmail([{ email: "ada@example.com", primary: false, verified: true }]),
    ).toBeNull();
  });
});

describe("decideGitHubLink", () => {
  it("links a verified GitHub email to the verified account with that email", () => {
    expect(
      decideGitHubLink({
        linkedAccount: null,
        verifiedGitHubEmail: "ada@example.com",
        accountByEmail: account,
      }),
    ).toEqual({ allow: true });
  });

  it("without a verified GitHub email, links nothing", () => {
    expect(
      decideGitHubLink({ linkedAccount: null, verifiedGitHubEmail: null, accountByEmail: account }),
    ).toEqual({
      allow: false,
      reason: "no_verified_email",
    });
  });

  it("never creates accounts and never links to an unverified Guild email", () => {
    expect(
      decideGitHubLink({
        linkedAccount: null,
        verifiedGitHubEmail: "ada@example.com",
        accountByEmail: null,
      }),
    ).toMatchObject({ reason: "no_account" });
    expect(
      decideGitHubLink({
        linkedAccount: null,
        verifiedGitHubEmail: "ada@example.com",
        accountByEmail: { ...account, emailVerified: false },
      }),
    ).toMatchObject({ reason: "unverified_account" });
  });

  it("judges the already-linked account, not whatever the GitHub email now points at", () => {
    const linkedWithTotp = { ...account, email: "victim@example.com", twoFactorEnabled: true };
    expect(
      decideGitHubLink({
        linkedAccount: linkedWithTotp,
        verifiedGitHubEmail: "ada@example.com",
        accountByEmail: account,
      }),
    ).toMatchObject({ reason: "two_factor" });
  });

  it("keeps suspended accounts out", () => {
    expect(
      decideGitHubLink({
        linkedAccount: { ...account, status: "suspended" },
        verifiedGitHubEmail: null,
        accountByEmail: null,
      }),
    ).toMatchObject({ reason: "suspended" });
  });
});
