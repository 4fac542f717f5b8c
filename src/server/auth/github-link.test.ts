import { describe, expect, it } from "vitest";

import { decideGitHubLink } from "./github-link";

const verifiedPrimary = [{ email: "Ada@Example.com", primary: true, verified: true }];
const account = {
  email: "ada@example.com",
  emailVerified: true,
  twoFactorEnabled: false,
  status: "active",
};

describe("decideGitHubLink", () => {
  it("links a verified GitHub primary email to the verified account with that email", () => {
    expect(decideGitHubLink({ gitHubEmails: verifiedPrimary, account })).toEqual({ allow: true });
  });

  it("refuses an unverified or non-primary GitHub email", () => {
    expect(
      decideGitHubLink({
        gitHubEmails: [{ email: "ada@example.com", primary: true, verified: false }],
        account,
      }),
    ).toEqual({ allow: false, reason: "no_verified_email" });
    expect(
      decideGitHubLink({
        gitHubEmails: [{ email: "ada@example.com", primary: false, verified: true }],
        account,
      }),
    ).toEqual({ allow: false, reason: "no_verified_email" });
  });

  it("never creates accounts and never links to an unverified Guild email", () => {
    expect(decideGitHubLink({ gitHubEmails: verifiedPrimary, account: null })).toMatchObject({
      reason: "no_account",
    });
    expect(
      decideGitHubLink({
        gitHubEmails: verifiedPrimary,
        account: { ...account, emailVerified: false },
      }),
    ).toMatchObject({ reason: "unverified_account" });
  });

  it("keeps TOTP-protected and suspended accounts out", () => {
    expect(
      decideGitHubLink({
        gitHubEmails: verifiedPrimary,
        account: { ...account, twoFactorEnabled: true },
      }),
    ).toMatchObject({ reason: "two_factor" });
    expect(
      decideGitHubLink({
        gitHubEmails: verifiedPrimary,
        account: { ...account, status: "suspended" },
      }),
    ).toMatchObject({ reason: "suspended" });
  });
});
