import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { getViewer } from "~/trpc/server";
import { AuthCard } from "../_components/auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getViewer()) redirect("/dashboard");
  return (
    <AuthCard
      title="Create your Guild account"
      intro={
        <>
          Already have one?{" "}
          <Link href="/signin" className="text-brand-700 dark:text-brand-300 font-medium underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
