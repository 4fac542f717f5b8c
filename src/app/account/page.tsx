import type { Metadata } from "next";

import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { EmailAddress } from "./_components/email-address";
import { Panel } from "./_components/panel";
import { ProfileForm } from "./_components/profile-form";

export const metadata: Metadata = { title: "Your account" };

const roleLabel = {
  client: "Client: you hire freelancers",
  freelancer: "Freelancer: you find work",
  admin: "Administrator",
};

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ welcome?: string }>;
}) {
  const viewer = await requireViewer("/account");
  const [{ welcome }] = await Promise.all([searchParams, api.account.me.prefetch()]);

  return (
    <HydrateClient>
      <div className="grid gap-6 lg:grid-cols-2">
        {welcome ? (
          <div className="lg:col-span-2" role="status">
            <p className="rounded-lg border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
              Welcome to Guild, {viewer.name}! We sent a link to <strong>{viewer.email}</strong> to
              confirm your email.
            </p>
          </div>
        ) : null}
        <Panel
          id="profile-heading"
          title="Profile"
          description="Your name is shown on your proposals, projects and reviews."
        >
          <ProfileForm initialName={viewer.name} />
        </Panel>
        <Panel id="email-heading" title="Email and role">
          <dl className="flex flex-col gap-3 text-sm">
            <div className="flex flex-col gap-1">
              <dt className="text-slate-600 dark:text-slate-400">Email</dt>
              <dd>
                <EmailAddress />
              </dd>
            </div>
            <div className="flex flex-col gap-1">
              <dt className="text-slate-600 dark:text-slate-400">Account type</dt>
              <dd className="font-medium">{roleLabel[viewer.role]}</dd>
            </div>
          </dl>
        </Panel>
      </div>
    </HydrateClient>
  );
}
