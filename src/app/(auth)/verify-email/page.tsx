import type { Metadata } from "next";

import { AuthCard } from "../_components/auth-card";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Confirm your email" };

/**
 * The link only lands here; confirming takes a click (a POST), so mail scanners that
 * prefetch links cannot spend the single-use token.
 */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your email">
      <VerifyEmailForm token={typeof token === "string" ? token : ""} />
    </AuthCard>
  );
}
