"use client";

import { useState } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";

/**
 * Block or unblock the other person, after a confirmation that says what it does. A block
 * covers every conversation between the two, so every open thread is read again.
 */
export function BlockButton({
  userId,
  name,
  blocked,
}: {
  userId: string;
  name: string;
  blocked: boolean;
}) {
  const utils = api.useUtils();
  const [asking, setAsking] = useState(false);
  const settle = {
    onSuccess: async () => {
      await utils.message.thread.invalidate();
      setAsking(false);
    },
  };
  const block = api.message.block.useMutation(settle);
  const unblock = api.message.unblock.useMutation(settle);
  const change = blocked ? unblock : block;
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="shrink-0 px-3 py-1.5"
        onClick={() => {
          change.reset();
          setAsking(true);
        }}
      >
        {blocked ? "Unblock" : "Block"}
        <span className="sr-only"> {name}</span>
      </Button>
      {asking ? (
        <ConfirmDialog
          title={blocked ? `Unblock ${name}?` : `Block ${name}?`}
          confirmLabel={blocked ? `Unblock ${name}` : `Block ${name}`}
          pendingLabel={blocked ? "Unblocking…" : "Blocking…"}
          tone={blocked ? "primary" : "danger"}
          pending={change.isPending}
          error={change.error?.message}
          onConfirm={() => change.mutate({ userId })}
          onCancel={() => setAsking(false)}
        >
          <p>
            {blocked
              ? `You and ${name} can send each other messages again.`
              : `Neither of you can send messages in any conversation between you until you unblock them. What was already said stays readable to both of you.`}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** In place of the composer while a block stands: why, and what can be done. */
export function BlockedNotice({
  userId,
  name,
  byMe,
}: {
  userId: string;
  name: string;
  byMe: boolean;
}) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 p-4 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300"
    >
      <p className="min-w-0 flex-1">
        {byMe
          ? `You blocked ${name}, so neither of you can send messages here. Unblock them to write again.`
          : "You can no longer send messages in this conversation. What was said stays here for you to read."}
      </p>
      {byMe ? <BlockButton userId={userId} name={name} blocked /> : null}
    </div>
  );
}
