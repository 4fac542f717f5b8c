"use client";

import { useEffect, useRef, useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { DeclineInvitationInput } from "~/shared/schemas/invitation";
import { api } from "~/trpc/react";

/**
 * "Decline" for an invitation to propose: opens a short form for an optional reason (the
 * client reads it), then declines. Used on the dashboard and on the project page.
 */
export function DeclineInvitation({
  invitationId,
  projectTitle,
  onDeclined,
}: {
  invitationId: string;
  projectTitle: string;
  onDeclined: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const opener = useRef<HTMLButtonElement>(null);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  const decline = api.invitation.decline.useMutation({ onSuccess: onDeclined });
  const form = useSchemaForm(DeclineInvitationInput, decline);
  const wasOpen = useRef(false);

  // Focus follows the disclosure: into the reason when it opens, back to Decline when it closes.
  useEffect(() => {
    if (open) reasonBox.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <Button
        ref={opener}
        type="button"
        variant="secondary"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        Decline<span className="sr-only"> the invitation to {projectTitle}</span>
      </Button>
    );
  }
  const fieldId = `decline-reason-${invitationId}`;
  return (
    <form
      onSubmit={form.onSubmit(() => ({ id: invitationId, reason }))}
      noValidate
      aria-label={`Decline the invitation to ${projectTitle}`}
      className="flex w-full flex-col gap-3"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextAreaField
        ref={reasonBox}
        id={fieldId}
        name="reason"
        label="Why not? (optional; the client reads it)"
        rows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={form.fieldErrors.reason}
      />
      <div className="flex flex-wrap gap-2">
        <Button pending={form.pending} pendingLabel="Declining…">
          Decline invitation
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Keep it
        </Button>
      </div>
    </form>
  );
}
