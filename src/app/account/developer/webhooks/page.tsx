import type { Metadata } from "next";

import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { webhookEventKindsFor } from "~/shared/webhooks";
import { Panel } from "../../_components/panel";
import { CreateWebhookForm } from "./create-webhook-form";
import { EndpointList } from "./endpoint-list";

export const metadata: Metadata = { title: "Webhooks" };

const verifySnippet = `import { createHmac, timingSafeEqual } from "node:crypto";

// header: Guild-Signature; body: the raw request body, as received
function verify(secret, header, body, toleranceS = 300) {
  const parts = header.split(",").map((part) => part.split("="));
  const t = Number(parts.find(([key]) => key === "t")?.[1]);
  if (!(Math.abs(Date.now() / 1000 - t) <= toleranceS)) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${body}\`).digest("hex");
  return parts.some(([key, value]) => key === "v1" && value.length === expected.length &&
    timingSafeEqual(Buffer.from(value), Buffer.from(expected)));
}`;

export default async function WebhooksPage() {
  const viewer = await requireViewer("/account/developer/webhooks");
  await api.webhook.list.prefetch();
  return (
    <HydrateClient>
      <p className="text-sm">
        <a
          href="/account/developer"
          className="text-brand-700 dark:text-brand-300 font-medium underline"
        >
          ← Developer
        </a>
      </p>
      <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Panel
          id="create-webhook-heading"
          title="Add a webhook endpoint"
          description="Guild POSTs each event you choose to your https URL as JSON, signed with a secret only you and Guild know."
        >
          <CreateWebhookForm kinds={webhookEventKindsFor(viewer.role)} />
        </Panel>
        <Panel id="verify-heading" title="Verifying a delivery">
          <div className="flex flex-col gap-3 text-sm">
            <p>
              Each request carries <code>Guild-Event</code>, <code>Guild-Delivery</code> (the same
              on every retry: use it to ignore repeats) and{" "}
              <code>Guild-Signature: t=&lt;unix time&gt;,v1=&lt;hex&gt;</code>, an HMAC-SHA256 of{" "}
              <code>t.body</code> under your secret. After you rotate the secret, the old one signs
              too (a second <code>v1</code>) for 24 hours.
            </p>
            {/* Focusable: a keyboard scrolls the code sideways on a narrow screen. */}
            <pre
              tabIndex={0}
              aria-label="Verifying a signature in Node.js"
              className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-xs dark:bg-slate-800"
            >
              <code>{verifySnippet}</code>
            </pre>
            <p>
              Answer with any 2xx within 10 seconds. Anything else is tried again (after 1, 5 and 30
              minutes, then 2, 5 and 10 hours); redirects are not followed. An endpoint whose
              deliveries fail five times in a row is turned off, and you are told.
            </p>
          </div>
        </Panel>
        <div className="lg:col-span-2">
          <Panel id="endpoints-heading" title="Your webhook endpoints">
            <EndpointList />
          </Panel>
        </div>
      </div>
    </HydrateClient>
  );
}
