"use client";

import { useState } from "react";

import { api } from "~/trpc/react";

/**
 * A Save button: pressed (`aria-pressed`) while the thing is on the person's saved list. Its
 * name stays "Save …" whatever the state (a toggle that renamed itself would read "Saved,
 * pressed"); the filled heart and the border show the state at a glance. The list changes at
 * once and goes back, with the reason, if the server refuses.
 */
function SaveToggle({
  saved,
  name,
  error,
  onToggle,
}: {
  saved: boolean;
  name: string;
  error: string | null;
  onToggle: () => void;
}) {
  return (
    <span className="relative inline-flex flex-col items-end gap-1">
      <button
        type="button"
        aria-pressed={saved}
        onClick={onToggle}
        className={`inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm font-medium shadow-sm transition ${
          saved
            ? "border-brand-600 bg-brand-50 text-brand-800 dark:border-brand-400 dark:bg-brand-950 dark:text-brand-100"
            : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
        }`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill={saved ? "currentColor" : "none"}
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <path d="M10 17s-6.5-3.9-6.5-8.6A3.6 3.6 0 0 1 10 6a3.6 3.6 0 0 1 6.5 2.4C16.5 13.1 10 17 10 17Z" />
        </svg>
        Save<span className="sr-only"> {name}</span>
      </button>
      {error ? (
        <span role="alert" className="max-w-56 text-right text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** For freelancers: keeps a project on their saved list. The page prefetches `saved.projectIds`. */
export function SaveProjectButton({ projectId, title }: { projectId: string; title: string }) {
  const utils = api.useUtils();
  const [ids] = api.saved.projectIds.useSuspenseQuery();
  const [error, setError] = useState<string | null>(null);
  const save = api.saved.saveProject.useMutation({
    onMutate: async ({ projectId: id, saved }) => {
      setError(null);
      await utils.saved.projectIds.cancel();
      const before = utils.saved.projectIds.getData();
      utils.saved.projectIds.setData(undefined, (list = []) =>
        saved ? [...list.filter((one) => one !== id), id] : list.filter((one) => one !== id),
      );
      return { before };
    },
    onError: (failure, _input, context) => {
      utils.saved.projectIds.setData(undefined, context?.before);
      setError(failure.message);
    },
    onSettled: () => utils.saved.projectIds.invalidate(),
  });
  const saved = ids.includes(projectId);
  return (
    <SaveToggle
      saved={saved}
      name={title}
      error={error}
      onToggle={() => save.mutate({ projectId, saved: !saved })}
    />
  );
}

/** For clients: keeps a freelancer on their saved list. The page prefetches `saved.freelancerIds`. */
export function SaveFreelancerButton({
  freelancerId,
  name,
}: {
  freelancerId: string;
  name: string;
}) {
  const utils = api.useUtils();
  const [ids] = api.saved.freelancerIds.useSuspenseQuery();
  const [error, setError] = useState<string | null>(null);
  const save = api.saved.saveFreelancer.useMutation({
    onMutate: async ({ freelancerId: id, saved }) => {
      setError(null);
      await utils.saved.freelancerIds.cancel();
      const before = utils.saved.freelancerIds.getData();
      utils.saved.freelancerIds.setData(undefined, (list = []) =>
        saved ? [...list.filter((one) => one !== id), id] : list.filter((one) => one !== id),
      );
      return { before };
    },
    onError: (failure, _input, context) => {
      utils.saved.freelancerIds.setData(undefined, context?.before);
      setError(failure.message);
    },
    onSettled: () => utils.saved.freelancerIds.invalidate(),
  });
  const saved = ids.includes(freelancerId);
  return (
    <SaveToggle
      saved={saved}
      name={name}
      error={error}
      onToggle={() => save.mutate({ freelancerId, saved: !saved })}
    />
  );
}
