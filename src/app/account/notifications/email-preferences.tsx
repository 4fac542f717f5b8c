"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import {
  emailSettingLabels,
  emailSettings,
  notificationKindInfo,
  type EmailSetting,
  type NotificationKind,
} from "~/shared/notifications";
import { api } from "~/trpc/react";

const options = emailSettings.map((value) => ({ value, label: emailSettingLabels[value] }));

/**
 * One choice per kind, grouped as people think of them, each kept the moment it changes (and
 * said so politely); a refusal puts the choice back and says why.
 */
export function EmailPreferences({ kinds }: { kinds: readonly NotificationKind[] }) {
  const utils = api.useUtils();
  const [{ email }] = api.notification.preferences.useSuspenseQuery();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const setPreference = api.notification.setPreference.useMutation({
    onMutate: async ({ kind, email: setting }) => {
      setStatus(null);
      await utils.notification.preferences.cancel();
      const before = utils.notification.preferences.getData();
      utils.notification.preferences.setData(undefined, (data) =>
        data
          ? {
              ...data,
              email: data.email.map((p) => (p.kind === kind ? { kind, email: setting } : p)),
            }
          : data,
      );
      return { before };
    },
    onSuccess: ({ kind, email: setting }) =>
      setStatus({
        tone: "success",
        text: `Saved: “${notificationKindInfo[kind].label}”, ${emailSettingLabels[setting].toLowerCase()}.`,
      }),
    onError: (error, _input, context) => {
      utils.notification.preferences.setData(undefined, context?.before);
      setStatus({ tone: "error", text: error.message });
    },
  });
  const settingOf = new Map(email.map((p) => [p.kind, p.email]));
  const groups = [...new Set(kinds.map((kind) => notificationKindInfo[kind].group))];

  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => (
        <fieldset key={group} className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-semibold text-slate-900 dark:text-white">
            {group}
          </legend>
          {kinds
            .filter((kind) => notificationKindInfo[kind].group === group)
            .map((kind) => {
              const id = `email-${kind.replace(/[^a-z]+/g, "-")}`;
              return (
                <div
                  key={kind}
                  className="flex flex-col gap-1.5 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
                >
                  <label htmlFor={id} className="text-sm text-slate-800 dark:text-slate-200">
                    {notificationKindInfo[kind].label}
                  </label>
                  <select
                    id={id}
                    name={kind}
                    value={settingOf.get(kind) ?? "immediately"}
                    onChange={(event) =>
                      setPreference.mutate({ kind, email: event.target.value as EmailSetting })
                    }
                    className="w-full shrink-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 sm:w-44 sm:text-sm dark:border-slate-700 dark:bg-slate-900 dark:text-white"
                  >
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
        </fieldset>
      ))}
      <div aria-live="polite" className="empty:hidden">
        {status ? <FormAlert tone={status.tone}>{status.text}</FormAlert> : null}
      </div>
    </div>
  );
}
