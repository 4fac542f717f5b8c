"use client";

import { useState } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { ReportMessageInput } from "~/shared/schemas/message";
import { api } from "~/trpc/react";

/** Reporting the other person's message to the moderators, with a reason in a few words. */
export function ReportMessageDialog({
  messageId,
  senderName,
  onReported,
  onCancel,
}: {
  messageId: string;
  senderName: string;
  onReported: () => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const report = api.message.report.useMutation({
    onSuccess: onReported,
    onError: (e) => setFieldError(mutationFailure(e).fieldErrors?.reason?.join(" ")),
  });
  const send = () => {
    const checked = ReportMessageInput.safeParse({ id: messageId, reason });
    setFieldError(checked.success ? undefined : checked.error.issues[0]?.message);
    if (checked.success) report.mutate(checked.data);
  };
  return (
    <ConfirmDialog
      title={`Report this message from ${senderName}?`}
      confirmLabel="Send report"
      pendingLabel="Sending…"
      pending={report.isPending}
      error={report.error && !fieldError ? report.error.message : null}
      onConfirm={send}
      onCancel={onCancel}
    >
      <p>
        Guild’s moderators will read the message as it is now, with your reason. Reporting does not
        block anyone: use Block in the conversation’s header for that.
      </p>
      <TextAreaField
        name={`report-${messageId}`}
        label="What is wrong with this message?"
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError ? [fieldError] : undefined}
      />
    </ConfirmDialog>
  );
}
