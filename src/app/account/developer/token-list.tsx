"use client";

import { useState } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { EmptyState } from "~/app/_components/empty-state";
import { Button } from "~/app/_components/form/submit-button";
import { formatDateTime } from "~/shared/format/labels";
import { api } from "~/trpc/react";

const stateLabels = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

/** The person's tokens: what each may do, when it was last used, and revoking it. */
export function TokenList() {
  const utils = api.useUtils();
  const [tokens] = api.apiToken.list.useSuspenseQuery();
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const revoke = api.apiToken.revoke.useMutation({
    onSuccess: async () => {
      setRevoking(null);
      await Promise.all([
        utils.apiToken.list.invalidate(),
        utils.account.securityEvents.invalidate(),
      ]);
    },
  });

  if (tokens.length === 0) return <EmptyState>You have no tokens yet.</EmptyState>;
  return (
    <>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Your tokens">
        {tokens.map((token) => (
          <li
            key={token.id}
            className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="flex min-w-0 flex-col gap-0.5">
              <span className="font-medium break-words">
                {token.name}{" "}
                <span className="font-mono text-sm text-slate-600 dark:text-slate-400">
                  {token.prefix}…
                </span>
                {token.state !== "active" ? (
                  <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                    {stateLabels[token.state]}
                  </span>
                ) : null}
              </span>
              <span className="text-sm break-words text-slate-600 dark:text-slate-400">
                {token.scopes.join(", ")}
              </span>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                Created {formatDateTime(token.createdAt)} ·{" "}
                {token.state === "revoked" && token.revokedAt
                  ? `revoked ${formatDateTime(token.revokedAt)}`
                  : `expires ${formatDateTime(token.expiresAt)}`}{" "}
                ·{" "}
                {token.lastUsedAt
                  ? `last used ${formatDateTime(token.lastUsedAt)}${token.lastUsedIp ? ` from ${token.lastUsedIp}` : ""}`
                  : "never used"}
              </span>
            </div>
            {token.state === "active" ? (
              <Button
                type="button"
                variant="secondary"
                className="self-start"
                aria-label={`Revoke ${token.name}`}
                onClick={() => {
                  revoke.reset();
                  setRevoking({ id: token.id, name: token.name });
                }}
              >
                Revoke
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {revoking ? (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke token"
          pendingLabel="Revoking…"
          cancelLabel="Keep it"
          tone="danger"
          pending={revoke.isPending}
          error={revoke.error?.message}
          onConfirm={() => revoke.mutate({ tokenId: revoking.id })}
          onCancel={() => setRevoking(null)}
        >
          <p>Whatever uses it is refused from its next request. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
