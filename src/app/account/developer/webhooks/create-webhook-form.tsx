"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { CreateWebhookInput } from "~/shared/schemas/webhook";
import { webhookEventGroups, webhookEventInfo, type WebhookEventKind } from "~/shared/webhooks";
import { api } from "~/trpc/react";
import { NewSecret } from "./new-secret";

/** The URL and the events it receives, grouped as on the notification preferences. */
export function CreateWebhookForm({ kinds }: { kinds: WebhookEventKind[] }) {
  const utils = api.useUtils();
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<Set<WebhookEventKind>>(() => new Set());
  const create = api.webhook.create.useMutation({
    onSuccess: async () => {
      setUrl("");
      setChosen(new Set());
      await Promise.all([
        utils.webhook.list.invalidate(),
        utils.account.securityEvents.invalidate(),
      ]);
    },
  });
  const form = useSchemaForm(CreateWebhookInput, create);
  const toggle = (kind: WebhookEventKind, on: boolean) => {
    form.clearField("eventKinds");
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  };

  return (
    <div className="flex flex-col gap-4">
      {create.data ? (
        <NewSecret secret={create.data.secret} intro={`${create.data.url} is subscribed.`} />
      ) : null}
      <form
        onSubmit={form.onSubmit(() => ({ url, eventKinds: [...chosen] }))}
        noValidate
        className="flex flex-col gap-4"
        aria-label="Add a webhook endpoint"
      >
        {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
        <TextField
          name="url"
          label="Endpoint URL"
          hint="An https URL on a public address, e.g. https://example.com/hooks/guild."
          type="url"
          inputMode="url"
          autoComplete="off"
          value={url}
          maxLength={2000}
          onChange={(event) => {
            form.clearField("url");
            setUrl(event.target.value);
          }}
          error={form.fieldErrors.url}
          required
        />
        <fieldset
          className="flex flex-col gap-3"
          aria-describedby={form.fieldErrors.eventKinds ? "event-kinds-error" : undefined}
        >
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
            Events to send
          </legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {webhookEventGroups(kinds).map(({ group, kinds: groupKinds }) => (
              <fieldset
                key={group}
                className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800"
              >
                <legend className="px-1 text-sm font-semibold">{group}</legend>
                <div className="flex flex-col gap-1.5">
                  {groupKinds.map((kind) => (
                    <label key={kind} className="flex items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        className="mt-1"
                        name="eventKinds"
                        value={kind}
                        checked={chosen.has(kind)}
                        onChange={(event) => toggle(kind, event.target.checked)}
                      />
                      <span>{webhookEventInfo(kind).label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
          {form.fieldErrors.eventKinds ? (
            <p id="event-kinds-error" className="text-sm text-red-700 dark:text-red-400">
              {form.fieldErrors.eventKinds.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <Button pending={form.pending} pendingLabel="Adding…" className="self-start">
          Add endpoint
        </Button>
      </form>
    </div>
  );
}
