import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { getRequestTime } from "~/app/_components/request-time";
import { requireSession } from "~/server/auth/require-session";
import { ClientDashboard } from "./_components/client-dashboard";
import { DashboardSkeleton } from "./_components/dashboard-skeleton";
import { FreelancerDashboard } from "./_components/freelancer-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireSession("/dashboard");
  const now = getRequestTime();
  const { role, name } = session.user;
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Dashboard
        </h1>
        <p className="text-slate-600 dark:text-slate-400">Welcome back, {name}.</p>
      </header>
      <Suspense fallback={<DashboardSkeleton />}>
        {role === "client" ? <ClientDashboard now={now} /> : null}
        {role === "freelancer" ? <FreelancerDashboard now={now} /> : null}
      </Suspense>
      {role === "admin" ? (
        <EmptyState>
          Administrator accounts have no marketplace dashboard.{" "}
          <Link href="/account/security" className="underline">
            Account security
          </Link>
        </EmptyState>
      ) : null}
      {session.user.emailVerified ? null : (
        <FormAlert tone="info">
          Confirm your email address to {role === "client" ? "publish projects" : "send proposals"}:
          see{" "}
          <Link href="/account" className="underline">
            your account
          </Link>
          .
        </FormAlert>
      )}
    </div>
  );
}
