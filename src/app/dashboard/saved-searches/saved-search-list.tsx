"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import {
  MAX_SAVED_SEARCHES,
  savedSearchAlertLabels,
  savedSearchAlerts,
  type SavedSearchAlert,
  UpdateSavedSearchInput,
} from "~/shared/schemas/saved-search";
import { api, type RouterOutputs } from "~/trpc/react";
import { describeSearch } from "./describe-search";

type SavedSearch = RouterOutputs["savedSearch"]["list"][number];
type Status = { tone: "success" | "error"; text: string } | null;

/** What a changed alert setting means, said back once it is kept. */
const alertSaved: Record<SavedSearchAlert, string> = {
  instantly: "Saved: you will hear of each new match at once.",
  daily: "Saved: you will hear of new matches once a day.",
  never: "Saved: no alerts for this search.",
};

const alertOptions = savedSearchAlerts.map((value) => ({
  value,
  label: savedSearchAlertLabels[value],
}));

const linkClass = "text-brand-700 dark:text-brand-300 font-medium hover:underline";

/**
 * The person's saved searches, read from the cache the page filled. Each says what it looks
 * for, opens as a /projects search, and is renamed, re-alerted or deleted where it stands.
 * After a delete, focus goes to the heading (the search and its buttons are gone) and the
 * page says what was deleted.
 */
export function SavedSearchList({ skillNames }: { skillNames: Record<string, string> }) {
  const [searches] = api.savedSearch.list.useSuspenseQuery();
  const heading = useRef<HTMLHeadingElement>(null);
  // An object, so deleting a second search of the same name still moves focus.
  const [deleted, setDeleted] = useState<{ name: string } | null>(null);

  useEffect(() => {
    if (deleted) heading.current?.focus();
  }, [deleted]);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1
          ref={heading}
          tabIndex={-1}
          className="text-3xl font-bold tracking-tight text-slate-900 focus:outline-none dark:text-white"
        >
          Saved searches
        </h1>
        <p className="text-slate-600 dark:text-slate-400">
          Guild checks each new project against your saved searches and tells you of the ones that
          match. You can keep up to {MAX_SAVED_SEARCHES}
          {searches.length > 0 ? `; you have ${searches.length}` : ""}.
        </p>
      </header>
      <div aria-live="polite" className="empty:hidden">
        {deleted ? <FormAlert tone="success">Deleted “{deleted.name}”.</FormAlert> : null}
      </div>
      {searches.length === 0 ? (
        <EmptyState title="No saved searches yet">
          <p>
            Search for projects, then press “Save this search” to keep it here and hear of new
            projects that match.{" "}
            <Link href="/projects" className="whitespace-nowrap underline">
              Find work
            </Link>
            .
          </p>
        </EmptyState>
      ) : (
        <ul aria-label="Saved searches" className="flex flex-col gap-4">
          {searches.map((search) => (
            <li key={search.id}>
              <SavedSearchItem
                search={search}
                summary={describeSearch(search.query, skillNames)}
                onDeleted={() => setDeleted({ name: search.name })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SavedSearchItem({
  search,
  summary,
  onDeleted,
}: {
  search: SavedSearch;
  summary: string[];
  onDeleted: () => void;
}) {
  const utils = api.useUtils();
  const [status, setStatus] = useState<Status>(null);
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);

  // Focus returns to Rename when the inline form closes (saved or cancelled).
  useEffect(() => {
    if (!renaming && wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  const patch = (change: Partial<SavedSearch>) =>
    utils.savedSearch.list.setData(undefined, (list) =>
      list?.map((one) => (one.id === search.id ? { ...one, ...change } : one)),
    );

  // The choice shows at once; a refusal puts back this search's setting alone (a change to
  // another search meanwhile stays) and says why.
  const changeAlert = api.savedSearch.update.useMutation({
    onMutate: async ({ alert }) => {
      setStatus(null);
      await utils.savedSearch.list.cancel();
      const before = search.alert;
      if (alert) patch({ alert });
      return { before };
    },
    onSuccess: (updated) => setStatus({ tone: "success", text: alertSaved[updated.alert] }),
    onError: (error, _input, context) => {
      if (context) patch({ alert: context.before });
      setStatus({ tone: "error", text: `Not saved. ${error.message}` });
    },
  });

  const remove = api.savedSearch.delete.useMutation({
    onSuccess: () => {
      setConfirming(false);
      onDeleted();
      utils.savedSearch.list.setData(undefined, (list) =>
        list?.filter((one) => one.id !== search.id),
      );
    },
  });

  const alertId = `alert-${search.id}`;
  return (
    <article
      aria-label={search.name}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      {renaming ? (
        <RenameForm
          search={search}
          onRenamed={(name) => {
            patch({ name });
            setStatus({ tone: "success", text: `Renamed to “${name}”.` });
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 className="min-w-0 text-lg font-semibold wrap-anywhere text-slate-900 dark:text-white">
            {search.name}
          </h2>
          <Link href={`/projects?${search.query}`} className={`${linkClass} text-sm`}>
            Open search<span className="sr-only">: {search.name}</span>{" "}
            <span aria-hidden="true">→</span>
          </Link>
        </div>
      )}
      <p className="text-sm wrap-anywhere text-slate-600 dark:text-slate-400">
        <span className="font-medium text-slate-800 dark:text-slate-200">Looks for:</span>{" "}
        {summary.join(" · ")}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-1.5">
          <label
            htmlFor={alertId}
            className="text-sm font-medium text-slate-800 dark:text-slate-200"
          >
            Alerts<span className="sr-only"> for “{search.name}”</span>
          </label>
          <select
            id={alertId}
            value={search.alert}
            onChange={(event) =>
              changeAlert.mutate({ id: search.id, alert: event.target.value as SavedSearchAlert })
            }
            className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 sm:w-52 sm:text-sm dark:border-slate-700 dark:bg-slate-900 dark:text-white"
          >
            {alertOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          {renaming ? null : (
            <Button
              ref={renameButton}
              type="button"
              variant="secondary"
              onClick={() => {
                setStatus(null);
                setRenaming(true);
              }}
            >
              Rename<span className="sr-only"> “{search.name}”</span>
            </Button>
          )}
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            Delete<span className="sr-only"> “{search.name}”</span>
          </Button>
        </div>
      </div>
      <div aria-live="polite" className="empty:hidden">
        {status ? (
          <p
            className={`text-sm font-medium ${status.tone === "success" ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
          >
            {status.text}
          </p>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={`Delete “${search.name}”?`}
          confirmLabel="Delete search"
          pendingLabel="Deleting…"
          tone="danger"
          pending={remove.isPending}
          error={remove.error?.message}
          onConfirm={() => remove.mutate({ id: search.id })}
          onCancel={() => setConfirming(false)}
        >
          <p>
            You will no longer hear of new projects that match it. Notifications it already sent
            stay.
          </p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}

/** The inline form that renames a search: its name, checked as the server checks it. */
function RenameForm({
  search,
  onRenamed,
  onCancel,
}: {
  search: SavedSearch;
  onRenamed: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(search.name);
  const nameBox = useRef<HTMLInputElement>(null);
  const rename = api.savedSearch.update.useMutation({
    onSuccess: (updated) => onRenamed(updated.name),
  });
  const form = useSchemaForm(UpdateSavedSearchInput, rename);

  useEffect(() => {
    nameBox.current?.select();
  }, []);

  return (
    <form
      onSubmit={form.onSubmit(() => ({ id: search.id, name }))}
      noValidate
      aria-label={`Rename “${search.name}”`}
      className="flex flex-col gap-3"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextField
        ref={nameBox}
        id={`rename-${search.id}`}
        className="sm:max-w-md"
        name="name"
        label="Name"
        value={name}
        maxLength={80}
        onChange={(event) => {
          setName(event.target.value);
          form.clear();
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") onCancel();
        }}
        error={form.fieldErrors.name}
        required
      />
      <div className="flex flex-wrap gap-2">
        <Button pending={form.pending} pendingLabel="Saving…">
          Save name
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
