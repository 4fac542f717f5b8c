import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { TRPCReactProvider } from "~/trpc/react";
import { adminStanding, requireViewer } from "~/trpc/server";
import { AdminNav } from "./_components/admin-nav";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Guild" } };

/**
 * The admin console: only an admin whose session proved a second factor gets in. Anyone
 * signed out signs in first; anyone who is not an admin finds nothing here (404); an admin
 * without a proven session is told how to get one and sees no admin data. Each page checks
 * again (`requireProvenAdmin`), since moving between them does not render this layout.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireViewer("/admin");
  const standing = await adminStanding();
  if (standing === null) notFound();
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Admin console
        </h1>
        {standing === "proven" ? <AdminNav /> : null}
      </header>
      {standing === "proven" ? (
        <TRPCReactProvider>{children}</TRPCReactProvider>
      ) : (
        <FormAlert tone="info">
          <p className="font-semibold">The admin console needs two-factor authentication.</p>
          <p className="mt-1">
            Turn on two-factor authentication under{" "}
            <Link href="/account/security" className="font-medium underline">
              Account → Security
            </Link>
            . If it is already on, sign out and sign in again with the code from your authenticator
            app: this session did not prove it.
          </p>
        </FormAlert>
      )}
    </div>
  );
}
