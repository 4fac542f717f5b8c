import type { Metadata } from "next";
import { headers } from "next/headers";

import { env } from "~/env";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { Panel } from "../_components/panel";
import { CreateTokenForm } from "./create-token-form";
import { TokenList } from "./token-list";

export const metadata: Metadata = { title: "Developer" };

export default async function DeveloperPage() {
  await requireViewer("/account/developer");
  await api.apiToken.list.prefetch();
  const site = env.APP_URL ?? `http://${(await headers()).get("host") ?? "localhost:3000"}`;
  return (
    <HydrateClient>
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          id="create-token-heading"
          title="Create a personal access token"
          description="A token lets a script use Guild's REST API as you, within the areas you choose. Keep it secret, like a password."
        >
          <CreateTokenForm />
        </Panel>
        <Panel id="api-heading" title="The REST API">
          <div className="flex flex-col gap-3 text-sm">
            <p>
              Send the token in an <code>Authorization</code> header. Times are ISO 8601 strings and
              money is in minor units (cents) beside its currency.
            </p>
            <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-xs dark:bg-slate-800">
              <code>{`curl -H "Authorization: Bearer guild_pat_…" \\\n  ${site.replace(/\/$/, "")}/api/v1/me/projects`}</code>
            </pre>
            <p>
              <a href="/docs" className="text-brand-700 dark:text-brand-300 font-medium underline">
                API reference
              </a>{" "}
              ·{" "}
              <a
                href="/api/v1/openapi.json"
                className="text-brand-700 dark:text-brand-300 font-medium underline"
              >
                OpenAPI document
              </a>
            </p>
          </div>
        </Panel>
        <div className="lg:col-span-2">
          <Panel
            id="webhooks-heading"
            title="Webhooks"
            description="Have Guild POST your notifications and payment events to your own https URL, signed, as they happen."
          >
            <a
              href="/account/developer/webhooks"
              className="text-brand-700 dark:text-brand-300 text-sm font-medium underline"
            >
              Manage webhook endpoints
            </a>
          </Panel>
        </div>
        <div className="lg:col-span-2">
          <Panel id="tokens-heading" title="Your tokens">
            <TokenList />
          </Panel>
        </div>
      </div>
    </HydrateClient>
  );
}
