import type { Metadata } from "next";

import { notificationKindsFor } from "~/shared/notifications";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { Panel } from "../_components/panel";
import { EmailPreferences } from "./email-preferences";
import { DigestTimeZone } from "./digest-time-zone";

export const metadata: Metadata = { title: "Notification settings" };

/** Every zone this server knows, for the digest's time zone picker. */
const zones = () => Intl.supportedValuesOf("timeZone");

export default async function NotificationSettingsPage() {
  const viewer = await requireViewer("/account/notifications");
  await api.notification.preferences.prefetch();
  return (
    <HydrateClient>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr] lg:items-start">
        <Panel
          id="email-preferences-heading"
          title="Email"
          description="Every notification shows in Guild (the bell and your Notifications page): that is always on. Choose, for each kind, whether Guild also emails it to you."
        >
          <EmailPreferences kinds={notificationKindsFor(viewer.role)} />
        </Panel>
        <Panel
          id="time-zone-heading"
          title="Daily digest"
          description="The daily digest gathers what you have not read yet, for the kinds set to “Daily digest”, and comes at 8:00 in your time zone. Nothing is sent when nothing is unread."
        >
          <DigestTimeZone zones={zones()} />
        </Panel>
      </div>
    </HydrateClient>
  );
}
