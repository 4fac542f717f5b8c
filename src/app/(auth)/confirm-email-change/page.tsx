import type { Metadata } from "next";

import { AuthCard } from "../_components/auth-card";
import { ConfirmEmailChangeForm } from "./confirm-email-change-form";

export const metadata: Metadata = { title: "Confirm your new email" };

/**
 * The link sent to a new address lands here; the change takes a click (a POST), so mail
 * scanners that prefetch links cannot spend the single-use token.
 */
export default async function ConfirmEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your new email">
      <ConfirmEmailChangeForm token={typeof token === "string" ? token : ""} />
    </AuthCard>
  );
}
