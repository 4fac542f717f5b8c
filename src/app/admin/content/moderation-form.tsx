"use client";

import { useId, useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { ModerateContentInput, type ModerationAction } from "~/shared/schemas/moderation";
import { api, type RouterOutputs } from "~/trpc/react";

type Item = RouterOutputs["moderation"]["queue"]["items"][number];

const done: Record<ModerationAction, string> = {
  hide: "Hidden. The reporters and the author were told.",
  restore: "Restored. The author was told.",
  dismiss: "Reports dismissed. The reporters were told.",
};

/** What the admin does about one subject, always with a reason the people concerned read. */
export function ModerationForm({
  item,
  onDone,
}: {
  item: Item;
  onDone: (sentence: string) => void;
}) {
  const id = useId();
  const [action, setAction] = useState<ModerationAction>(
    item.hiddenAt ? "restore" : item.exists ? "hide" : "dismiss",
  );
  const [reason, setReason] = useState("");
  const act = api.moderation.act.useMutation({ onSuccess: () => onDone(done[action]) });
  const form = useSchemaForm(ModerateContentInput, act);
  const options = [
    item.hiddenAt
      ? { value: "restore", label: "Restore it for everyone" }
      : { value: "hide", label: "Hide it", disabled: !item.exists },
    { value: "dismiss", label: "Dismiss the reports (leave it as it is)" },
  ];
  return (
    <form
      noValidate
      aria-label={`Act on this ${item.subjectType}`}
      className="flex flex-col gap-3 border-t border-slate-200 pt-3 dark:border-slate-800"
      onSubmit={form.onSubmit(() => ({
        subjectType: item.subjectType,
        subjectId: item.subjectId,
        action,
        reason,
      }))}
    >
      <div className="grid grid-cols-[minmax(0,1fr)] gap-3 sm:grid-cols-[16rem_minmax(0,1fr)]">
        <SelectField
          id={`${id}-action`}
          label="Action"
          options={options}
          value={action}
          onChange={(event) => setAction(event.target.value as ModerationAction)}
        />
        <TextAreaField
          id={`${id}-reason`}
          name="reason"
          label="Reason (the reporters and the author read it)"
          rows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            form.clearField("reason");
          }}
          error={form.fieldErrors.reason}
        />
      </div>
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <div>
        <Button
          pending={form.pending}
          pendingLabel="Saving…"
          variant={action === "hide" ? "danger" : "primary"}
        >
          {action === "hide" ? "Hide" : action === "restore" ? "Restore" : "Dismiss reports"}
        </Button>
      </div>
    </form>
  );
}
