/**
 * Whether a GitHub sign-in may open a Guild session. GitHub links only to an existing
 * account whose email both sides have verified: linking on an unverified address would
 * let someone who registered the victim's email first take over the account.
 */
export type GitHubLinkDecision =
  | { allow: true }
  | {
      allow: false;
      reason:
        "no_verified_email" | "no_account" | "unverified_account" | "two_factor" | "suspended";
    };

export function decideGitHubLink(input: {
  gitHubEmails: { email: string; primary: boolean; verified: boolean }[];
  account: {
    email: string;
    emailVerified: boolean;
    twoFactorEnabled: boolean;
    status: string;
  } | null;
}): GitHubLinkDecision {
  const verified = input.gitHubEmails
    .find((e) => e.primary && e.verified)
    ?.email.trim()
    .toLowerCase();
  if (!verified) return { allow: false, reason: "no_verified_email" };
  const account = input.account;
  if (!account || account.email !== verified) return { allow: false, reason: "no_account" };
  if (!account.emailVerified) return { allow: false, reason: "unverified_account" };
  // GitHub is one factor: an account protected by TOTP signs in with its password and code.
  if (account.twoFactorEnabled) return { allow: false, reason: "two_factor" };
  if (account.status !== "active") return { allow: false, reason: "suspended" };
  return { allow: true };
}
