import type { Metadata } from "next";

import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { Panel } from "../_components/panel";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SecurityEvents } from "./_components/security-events";
import { SessionList } from "./_components/session-list";
import { TwoFactorPanel } from "./_components/two-factor-panel";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const viewer = await requireViewer("/account/security");
  await Promise.all([
    api.account.sessions.prefetch(),
    api.account.securityEvents.prefetch(),
    api.account.twoFactorStatus.prefetch(),
  ]);

  return (
    <HydrateClient>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          id="password-heading"
          title="Password"
          description="Changing it signs out every other device signed in to your account."
        >
          <ChangePasswordForm owner={{ name: viewer.name, email: viewer.email }} />
        </Panel>
        <Panel
          id="two-factor-heading"
          title="Two-factor authentication"
          description="Ask for a code from your phone as well as your password when you sign in."
        >
          <TwoFactorPanel email={viewer.email} />
        </Panel>
        <div className="lg:col-span-2">
          <Panel id="sessions-heading" title="Where you're signed in">
            <SessionList />
          </Panel>
        </div>
        <div className="lg:col-span-2">
          <Panel id="events-heading" title="Recent security events">
            <SecurityEvents />
          </Panel>
        </div>
      </div>
    </HydrateClient>
  );
}
