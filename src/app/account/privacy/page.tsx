import type { Metadata } from "next";

import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { Panel } from "../_components/panel";
import { DeleteAccount } from "./delete-account";
import { ExportList } from "./export-list";
import { EXPORT_INTERVAL_HOURS, EXPORT_KEEP_DAYS } from "~/shared/schemas/privacy";

export const metadata: Metadata = { title: "Your data" };

export default async function YourDataPage() {
  await requireViewer("/account/privacy");
  await Promise.all([api.privacy.exports.prefetch(), api.privacy.deletionCheck.prefetch()]);
  return (
    <HydrateClient>
      <div className="grid gap-6">
        <Panel
          id="export-heading"
          title="Download a copy of your data"
          description={`Everything Guild holds about you: your account, profile, projects, proposals, contracts, messages, payments, reviews and the files you uploaded, in one zip. We gather it in the background and tell you when it's ready; you can download it for ${EXPORT_KEEP_DAYS} days. You can ask once every ${EXPORT_INTERVAL_HOURS} hours.`}
        >
          <ExportList />
        </Panel>
        <Panel
          id="delete-heading"
          title="Delete your account"
          description="Your name, email, profile, picture, portfolio, saved items, notifications and the text of your messages are erased at once, and you're signed out everywhere. Contracts, payments, invoices and reviews you wrote stay, because the other person and the law need them: they show as from a deleted account. This can't be undone."
        >
          <DeleteAccount />
        </Panel>
      </div>
    </HydrateClient>
  );
}
