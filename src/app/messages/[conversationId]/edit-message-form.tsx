"use client";

import { useEffect, useRef, useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { EditMessageInput } from "~/shared/schemas/message";
import { api } from "~/trpc/react";
import type { ThreadMessage } from "./merge-thread";

/**
 * Editing my message in place: Enter saves, Shift+Enter starts a new line, Escape cancels.
 * Refusals (the 15 minutes are up, an empty text) show under the box, keeping what was typed.
 */
export function EditMessageForm({
  message,
  onSaved,
  onCancel,
}: {
  message: ThreadMessage;
  onSaved: (message: ThreadMessage) => void;
  onCancel: () => void;
}) {
  const [body, setBody] = useState(message.body ?? "");
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const edit = api.message.edit.useMutation({
    onSuccess: onSaved,
    onError: (e) => {
      const failure = mutationFailure(e);
      setError(failure.fieldErrors?.body?.join(" ") ?? failure.message);
    },
  });
  const fieldId = `edit-${message.id}`;

  useEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const save = () => {
    const checked = EditMessageInput.safeParse({ id: message.id, body });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? "Check the message.");
      return;
    }
    setError(null);
    if (checked.data.body === message.body) return onCancel();
    edit.mutate(checked.data);
  };

  return (
    <form
      className="flex w-[min(32rem,75vw)] max-w-full flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={fieldId} className="sr-only">
        Edit your message
      </label>
      <textarea
        ref={field}
        id={fieldId}
        value={body}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onCancel();
          } else if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
        }}
        className="focus:border-brand-500 focus:ring-brand-500/30 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:ring-2 focus:outline-none aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-white"
      />
      {error ? (
        <div id={`${fieldId}-error`}>
          <FormAlert tone="error">{error}</FormAlert>
        </div>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel} disabled={edit.isPending}>
          Cancel
        </Button>
        <Button type="submit" pending={edit.isPending} pendingLabel="Saving…">
          Save
        </Button>
      </div>
    </form>
  );
}
