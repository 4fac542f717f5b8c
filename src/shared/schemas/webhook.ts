import { z } from "zod";

import { webhookEventKinds, type WebhookEventKind } from "~/shared/webhooks";
import "./messages";

/** Shared by the webhooks form and its procedures: no server imports here. */

const WebhookUrl = z
  .string()
  .trim()
  .min(1, { error: "Enter the https URL that should receive events" })
  .max(2000, { error: "Use a URL of at most 2,000 characters" })
  // One check that parses once: zod runs every check even after one failed.
  .superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

function urlProblem(value: string): string | null {
  if (!URL.canParse(value)) return "Enter a full URL, like https://example.com/hooks";
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") return "Use an https URL";
  if (url.username || url.password)
    return "Leave credentials out of the URL: check the signature instead";
  if (url.hash) return "Leave the #fragment out of the URL";
  return null;
}

const EventKinds = z
  .array(
    z.enum(webhookEventKinds as unknown as [WebhookEventKind, ...WebhookEventKind[]], {
      error: "That is not an event Guild sends",
    }),
  )
  .min(1, { error: "Choose at least one event to receive" })
  .max(webhookEventKinds.length)
  .transform((kinds) => [...new Set(kinds)]);

export const CreateWebhookInput = z.object({ url: WebhookUrl, eventKinds: EventKinds });

export const WebhookByIdInput = z.object({ endpointId: z.uuid({ error: "Unknown endpoint" }) });

export const UpdateWebhookInput = WebhookByIdInput.extend({
  url: WebhookUrl,
  eventKinds: EventKinds,
});

export const SetWebhookEnabledInput = WebhookByIdInput.extend({ enabled: z.boolean() });
