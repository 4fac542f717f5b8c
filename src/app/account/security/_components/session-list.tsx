"use client";

import { useRouter } from "next/navigation";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";
import { formatDateTime } from "~/shared/format/labels";
import { describeDevice } from "./describe-device";

export function SessionList() {
  const router = useRouter();
  const utils = api.useUtils();
  const [sessions] = api.account.sessions.useSuspenseQuery();

  // Optimistic: a revoked device disappears at once, and comes back if the server says no.
  const revoke = api.account.revokeSession.useMutation({
    onMutate: async ({ sessionId }) => {
      await utils.account.sessions.cancel();
      const previous = utils.account.sessions.getData();
      utils.account.sessions.setData(undefined, (list) => list?.filter((s) => s.id !== sessionId));
      return { previous };
    },
    onError: (_error, _input, context) =>
      utils.account.sessions.setData(undefined, context?.previous),
    onSettled: () =>
      Promise.all([utils.account.sessions.invalidate(), utils.account.securityEvents.invalidate()]),
    onSuccess: ({ current }) => {
      if (current) router.replace("/signin?signedOut=1");
    },
  });
  const revokeOthers = api.account.revokeOtherSessions.useMutation({
    onMutate: async () => {
      await utils.account.sessions.cancel();
      const previous = utils.account.sessions.getData();
      utils.account.sessions.setData(undefined, (list) => list?.filter((s) => s.current));
      return { previous };
    },
    onError: (_error, _input, context) =>
      utils.account.sessions.setData(undefined, context?.previous),
    onSettled: () =>
      Promise.all([utils.account.sessions.invalidate(), utils.account.securityEvents.invalidate()]),
  });

  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="flex flex-col">
      <div aria-live="polite" className="mb-4 empty:mb-0">
        {revokeOthers.isSuccess ? (
          <FormAlert tone="success">
            Signed out of {revokeOthers.data.revoked} other device(s).
          </FormAlert>
        ) : null}
        {(revoke.error ?? revokeOthers.error) ? (
          <FormAlert tone="error">{(revoke.error ?? revokeOthers.error)?.message}</FormAlert>
        ) : null}
      </div>
      <ul
        className="divide-y divide-slate-200 dark:divide-slate-800"
        aria-label="Signed-in devices"
      >
        {sessions.map((session) => (
          <li
            key={session.id}
            className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="flex flex-col">
              <span className="font-medium">
                {describeDevice(session.userAgent)}
                {session.current ? (
                  <span className="bg-brand-100 text-brand-800 dark:bg-brand-900 dark:text-brand-100 ml-2 rounded-full px-2 py-0.5 text-xs font-medium">
                    This device
                  </span>
                ) : null}
              </span>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {session.ip ?? "Unknown address"} · signed in {formatDateTime(session.createdAt)} ·
                last active {formatDateTime(session.lastSeenAt)}
              </span>
            </div>
            <Button
              type="button"
              variant="secondary"
              className="self-start sm:self-auto"
              onClick={() => revoke.mutate({ sessionId: session.id })}
              aria-label={
                session.current
                  ? "Sign out on this device"
                  : `Sign out ${describeDevice(session.userAgent)}`
              }
            >
              {session.current ? "Sign out" : "Revoke"}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        type="button"
        variant="danger"
        className="mt-4 self-start"
        disabled={others === 0}
        pending={revokeOthers.isPending}
        pendingLabel="Signing out…"
        onClick={() => revokeOthers.mutate()}
      >
        Sign out of all other devices
      </Button>
    </div>
  );
}
