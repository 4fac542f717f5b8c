import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import { safeRedirectPath } from "~/shared/safe-redirect";
import { getViewer } from "~/trpc/server";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const gitHubErrors: Record<string, string> = {
  github_no_verified_email:
    "Your GitHub account has no verified primary email. Verify it on GitHub, or sign in with your password.",
  github_no_account:
    "No Guild account uses your GitHub email. Sign up with that email first, then use GitHub to sign in.",
  github_unverified_account:
    "Verify your Guild email first (check your inbox), then GitHub sign-in will work.",
  github_two_factor:
    "Your account uses two-factor authentication: sign in with your password and code.",
  github_suspended: "This account is suspended. Contact support if you think this is a mistake.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeRedirectPath(params.next);
  if (await getViewer()) redirect(next);

  const error =
    typeof params.error === "string"
      ? (gitHubErrors[params.error] ?? "Sign-in failed. Please try again.")
      : null;
  return (
    <AuthCard
      title="Sign in to Guild"
      intro={
        <>
          New here?{" "}
          <Link href="/signup" className="text-brand-700 dark:text-brand-300 font-medium underline">
            Create an account
          </Link>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        {params.signedOut ? <FormAlert tone="info">You have signed out.</FormAlert> : null}
        {params.reset ? (
          <FormAlert tone="success">Your password was changed. Sign in with the new one.</FormAlert>
        ) : null}
        {error ? <FormAlert tone="error">{error}</FormAlert> : null}
        <SignInForm next={next} />
      </div>
    </AuthCard>
  );
}
