"use client";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { formatDateTime } from "~/shared/format/labels";
import { api } from "~/trpc/react";

const statusLabels = { requested: "Being gathered", ready: "Ready", failed: "Failed" } as const;

function sizeLabel(bytes: number | null) {
  if (!bytes) return "";
  return bytes < 1024 * 1024
    ? ` · ${Math.max(1, Math.round(bytes / 1024))} KB`
    : ` · ${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The person's exports and the button that asks for a new one. */
export function ExportList() {
  const utils = api.useUtils();
  const [{ exports, nextAllowedAt }] = api.privacy.exports.useSuspenseQuery();
  const request = api.privacy.requestExport.useMutation({
    onSuccess: () => utils.privacy.exports.invalidate(),
  });
  const gathering = exports.some((item) => item.status === "requested");

  return (
    <div className="flex flex-col gap-4">
      {request.error ? <FormAlert tone="error">{request.error.message}</FormAlert> : null}
      {gathering ? (
        <p className="text-sm" role="status">
          We’re gathering your data. We’ll send you a notification when it’s ready.
        </p>
      ) : null}
      <div>
        <Button
          type="button"
          pending={request.isPending}
          pendingLabel="Asking…"
          disabled={gathering || nextAllowedAt !== null}
          onClick={() => request.mutate()}
        >
          Request my data
        </Button>
        {nextAllowedAt && !gathering ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            You can ask again after {formatDateTime(nextAllowedAt)}.
          </p>
        ) : null}
      </div>
      {exports.length > 0 ? (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Your exports">
          {exports.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <span className="text-sm">
                Asked {formatDateTime(item.createdAt)} · {statusLabels[item.status]}
                {item.downloadable && item.expiresAt
                  ? ` · until ${formatDateTime(item.expiresAt)}${sizeLabel(item.size)}`
                  : item.status === "ready"
                    ? " · expired"
                    : ""}
              </span>
              {item.downloadable ? (
                <a
                  href={`/api/data-exports/${item.id}`}
                  className="text-brand-700 dark:text-brand-300 text-sm font-medium underline"
                  download
                >
                  Download archive
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
