"use client";

import { useState } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { EmptyState } from "~/app/_components/empty-state";
import { Button } from "~/app/_components/form/submit-button";
import { formatDateTime } from "~/shared/format/labels";
import { api, type RouterOutputs } from "~/trpc/react";
import { NewSecret } from "./new-secret";

type Endpoint = RouterOutputs["webhook"]["list"][number];
type Delivery = Endpoint["deliveries"][number];

/** A delivery queued and not yet tried: the list looks again shortly, until it has an answer. */
const awaitingFirstTry = (endpoints: Endpoint[] | undefined) =>
  endpoints?.some((e) => e.deliveries.some((d) => d.status === "pending" && d.attempts === 0)) ??
  false;

/** The person's endpoints: their events, secret, state and recent deliveries, and what to do. */
export function EndpointList() {
  const utils = api.useUtils();
  const [endpoints] = api.webhook.list.useSuspenseQuery(undefined, {
    refetchInterval: (query) => (awaitingFirstTry(query.state.data) ? 1500 : false),
  });
  const [announcement, setAnnouncement] = useState("");
  const [rotated, setRotated] = useState<{ url: string; secret: string } | null>(null);
  const [confirming, setConfirming] = useState<{
    action: "rotate" | "delete";
    endpoint: Endpoint;
  } | null>(null);
  const refresh = () =>
    Promise.all([utils.webhook.list.invalidate(), utils.account.securityEvents.invalidate()]);

  const sendTest = api.webhook.sendTest.useMutation({
    onSuccess: async () => {
      setAnnouncement("Test event queued. Its delivery appears in the list below.");
      await refresh();
    },
    onError: (error) => setAnnouncement(error.message),
  });
  const setEnabled = api.webhook.setEnabled.useMutation({
    onSuccess: async (result) => {
      setAnnouncement(result.status === "active" ? "Endpoint turned on." : "Endpoint turned off.");
      await refresh();
    },
    onError: (error) => setAnnouncement(error.message),
  });
  const rotate = api.webhook.rotateSecret.useMutation({
    onSuccess: async (result, { endpointId }) => {
      const url = endpoints.find((endpoint) => endpoint.id === endpointId)?.url ?? "";
      setRotated({ url, secret: result.secret });
      setConfirming(null);
      setAnnouncement("New signing secret made.");
      await refresh();
    },
  });
  const remove = api.webhook.delete.useMutation({
    onSuccess: async () => {
      setConfirming(null);
      setAnnouncement("Endpoint deleted.");
      await refresh();
    },
  });

  return (
    <div className="flex flex-col gap-4">
      <p role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {announcement}
      </p>
      {rotated ? (
        <NewSecret
          secret={rotated.secret}
          intro={`${rotated.url} signs with a new secret (and the old one too, for 24 hours).`}
        />
      ) : null}
      {endpoints.length === 0 ? (
        <EmptyState>
          You have no webhook endpoints yet. Add one above to hear about events as they happen.
        </EmptyState>
      ) : (
        <ul
          className="flex flex-col divide-y divide-slate-200 dark:divide-slate-800"
          aria-label="Your webhook endpoints"
        >
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="flex flex-col gap-3 py-4">
              <div className="flex flex-col gap-1">
                <span className="font-mono text-sm font-medium break-all">{endpoint.url}</span>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {endpoint.status === "active" ? (
                    <span className="font-medium text-emerald-800 dark:text-emerald-300">On</span>
                  ) : (
                    <span className="font-medium text-red-700 dark:text-red-400">
                      Off{endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}
                    </span>
                  )}{" "}
                  · {endpoint.eventKinds.length} event
                  {endpoint.eventKinds.length === 1 ? "" : "s"} · secret{" "}
                  <span className="font-mono">{endpoint.secretPrefix}…</span>
                  {endpoint.previousSecretExpiresAt
                    ? ` (the old one signs too until ${formatDateTime(endpoint.previousSecretExpiresAt)})`
                    : ""}{" "}
                  · added {formatDateTime(endpoint.createdAt)}
                </span>
                <details className="text-sm">
                  <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                    Events
                  </summary>
                  <p className="mt-1 font-mono text-xs break-words">
                    {endpoint.eventKinds.join(", ")}
                  </p>
                </details>
              </div>
              <div className="flex flex-wrap gap-2">
                <Button
                  type="button"
                  variant="secondary"
                  disabled={endpoint.status !== "active" || sendTest.isPending}
                  onClick={() => sendTest.mutate({ endpointId: endpoint.id })}
                >
                  Send test event<span className="sr-only"> to {endpoint.url}</span>
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    rotate.reset();
                    setConfirming({ action: "rotate", endpoint });
                  }}
                >
                  Rotate secret<span className="sr-only"> of {endpoint.url}</span>
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={setEnabled.isPending}
                  onClick={() =>
                    setEnabled.mutate({
                      endpointId: endpoint.id,
                      enabled: endpoint.status !== "active",
                    })
                  }
                >
                  {endpoint.status === "active" ? "Turn off" : "Turn on"}
                  <span className="sr-only"> {endpoint.url}</span>
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    remove.reset();
                    setConfirming({ action: "delete", endpoint });
                  }}
                >
                  Delete<span className="sr-only"> {endpoint.url}</span>
                </Button>
              </div>
              <Deliveries endpoint={endpoint} />
            </li>
          ))}
        </ul>
      )}
      {confirming?.action === "rotate" ? (
        <ConfirmDialog
          title="Rotate the signing secret?"
          confirmLabel="Rotate secret"
          pendingLabel="Rotating…"
          cancelLabel="Keep it"
          pending={rotate.isPending}
          error={rotate.error?.message}
          onConfirm={() => rotate.mutate({ endpointId: confirming.endpoint.id })}
          onCancel={() => setConfirming(null)}
        >
          <p>
            Deliveries are signed with a new secret from now on, and with the old one as well for 24
            hours, so you can switch your receiver over without missing an event.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirming?.action === "delete" ? (
        <ConfirmDialog
          title="Delete this endpoint?"
          confirmLabel="Delete endpoint"
          pendingLabel="Deleting…"
          cancelLabel="Keep it"
          tone="danger"
          pending={remove.isPending}
          error={remove.error?.message}
          onConfirm={() => remove.mutate({ endpointId: confirming.endpoint.id })}
          onCancel={() => setConfirming(null)}
        >
          <p>
            {confirming.endpoint.url} receives nothing more, and its delivery history goes with it.
            This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function outcome(delivery: Delivery) {
  if (delivery.status === "succeeded") return "Delivered";
  if (delivery.status === "failed") return "Failed";
  if (delivery.attempts === 0) return "Sending…";
  return delivery.nextAttemptAt ? `Retrying ${formatDateTime(delivery.nextAttemptAt)}` : "Retrying";
}

function Deliveries({ endpoint }: { endpoint: Endpoint }) {
  if (endpoint.deliveries.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No deliveries yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium">
          Recent deliveries<span className="sr-only"> to {endpoint.url}</span>
        </caption>
        <thead className="whitespace-nowrap text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Event
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Result
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Response
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Attempts
            </th>
            <th scope="col" className="py-1 font-medium">
              Queued
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {endpoint.deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td className="py-1 pr-3 font-mono text-xs">{delivery.eventKind}</td>
              <td className="py-1 pr-3">{outcome(delivery)}</td>
              <td className="py-1 pr-3">
                {delivery.lastResponseCode !== null ? (
                  <span className="font-mono">{delivery.lastResponseCode}</span>
                ) : delivery.lastError ? (
                  <span className="break-words">{delivery.lastError}</span>
                ) : (
                  "–"
                )}
              </td>
              <td className="py-1 pr-3">{delivery.attempts}</td>
              <td className="py-1">{formatDateTime(delivery.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
