import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { getRequestTime } from "~/app/_components/request-time";
import { ClientDashboard } from "./_components/client-dashboard";
import { DashboardSkeleton } from "./_components/dashboard-skeleton";
import { FreelancerDashboard } from "./_components/freelancer-dashboard";
import { GettingStarted } from "./_components/getting-started";
import { adminStanding, requireViewer } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ welcome?: string }>;
}) {
  const viewer = await requireViewer("/dashboard");
  const { welcome } = await searchParams;
  const now = getRequestTime();
  const { role, name } = viewer;
  const standing = role === "admin" ? await adminStanding() : null;
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Dashboard
        </h1>
        <p className="text-slate-600 dark:text-slate-400">
          {welcome ? `Welcome to Guild, ${name}.` : `Welcome back, ${name}.`}
        </p>
      </header>
      {welcome ? (
        <FormAlert tone="success">
          Your account is ready. We sent a link to <strong>{viewer.email}</strong> to confirm your
          email address.
        </FormAlert>
      ) : null}
      <Suspense fallback={<DashboardSkeleton />}>
        {role === "admin" ? null : <GettingStarted role={role} />}
        {role === "client" ? <ClientDashboard now={now} /> : null}
        {role === "freelancer" ? <FreelancerDashboard now={now} /> : null}
      </Suspense>
      {role === "admin" ? (
        <EmptyState>
          {standing === "proven" ? (
            <>
              Your tools are in the{" "}
              <Link href="/admin" className="font-medium underline">
                admin console
              </Link>
              .
            </>
          ) : (
            <>
              The admin console needs two-factor authentication: turn it on under{" "}
              <Link href="/account/security" className="font-medium underline">
                Account security
              </Link>
              , then sign in with your code.
            </>
          )}
        </EmptyState>
      ) : null}
    </div>
  );
}
