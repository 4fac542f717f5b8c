/**
 * Whether a GitHub sign-in may open a Guild session, decided on the very account Auth.js
 * will sign in: the one already linked to this GitHub account, or else the one whose email
 * is GitHub's verified primary address. GitHub never creates accounts, never links to an
 * unverified address on either side (linking on an unverified address would let whoever
 * registered the victim's email first take the account over), and never stands in for a
 * TOTP code.
 */
export type GitHubLinkDecision =
  | { allow: true }
  | {
      allow: false;
      reason:
        "no_verified_email" | "no_account" | "unverified_account" | "two_factor" | "suspended";
    };

export interface GuildAccount {
  email: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  status: string;
}

export function decideGitHubLink(input: {
  /** The account linked to this GitHub identity already, if any. */
  linkedAccount: GuildAccount | null;
  /** GitHub's primary email, only if GitHub says it is verified, lower-cased. */
  verifiedGitHubEmail: string | null;
  /** The account using that email, if any. */
  accountByEmail: GuildAccount | null;
}): GitHubLinkDecision {
  let account = input.linkedAccount;
  if (!account) {
    if (!input.verifiedGitHubEmail) return { allow: false, reason: "no_verified_email" };
    account = input.accountByEmail;
    if (!account || account.email !== input.verifiedGitHubEmail)
      return { allow: false, reason: "no_account" };
    if (!account.emailVerified) return { allow: false, reason: "unverified_account" };
  }
  if (account.twoFactorEnabled) return { allow: false, reason: "two_factor" };
  if (account.status !== "active") return { allow: false, reason: "suspended" };
  return { allow: true };
}

/** GitHub's verified primary address from its /user/emails answer, lower-cased. */
export function verifiedPrimaryEmail(
  emails: { email: string; primary: boolean; verified: boolean }[],
) {
  return (
    emails
      .find((e) => e.primary && e.verified)
      ?.email.trim()
      .toLowerCase() ?? null
  );
}
