"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useHydrated } from "~/app/_components/form/use-hydrated";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import {
  CreateSavedSearchInput,
  savedSearchAlertLabels,
  savedSearchAlerts,
  type SavedSearchAlert,
} from "~/shared/schemas/saved-search";
import { api } from "~/trpc/react";

const FORM_ID = "save-search-form";

/**
 * "Save this search", for a freelancer searching /projects: a disclosure that opens a short
 * form (a name and how to hear of new matches), then says where saved searches are managed.
 * Focus follows it: into the name when it opens, back to the button when it closes, onto the
 * confirmation once saved. The button waits for hydration: this part arrives in a chunk of
 * its own, and a press before then would be lost.
 */
export function SaveSearch({ query, suggestedName }: { query: string; suggestedName: string }) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(suggestedName);
  const [alert, setAlert] = useState<SavedSearchAlert>("instantly");
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const nameBox = useRef<HTMLInputElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  const create = api.savedSearch.create.useMutation({
    onSuccess: (search) => {
      setSaved(search.name);
      setOpen(false);
    },
  });
  const form = useSchemaForm(CreateSavedSearchInput, create);

  useEffect(() => {
    if (saved) confirmation.current?.focus();
    else if (open) nameBox.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open, saved]);

  if (saved) {
    return (
      <div ref={confirmation} tabIndex={-1} className="rounded-lg focus:outline-none">
        <FormAlert tone="success">
          Saved “{saved}”.{" "}
          <Link href="/dashboard/saved-searches" className="font-medium underline">
            Manage saved searches
          </Link>
        </FormAlert>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 sm:justify-end">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Hear of new projects that match this search.
        </p>
        <Button
          ref={opener}
          type="button"
          variant="secondary"
          disabled={!hydrated}
          aria-expanded={open}
          aria-controls={open ? FORM_ID : undefined}
          onClick={() => {
            form.clear();
            setOpen((was) => !was);
          }}
          className="aria-expanded:border-brand-600 aria-expanded:bg-brand-50 dark:aria-expanded:border-brand-400 dark:aria-expanded:bg-brand-950 gap-2"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="h-4 w-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinejoin="round"
          >
            <path d="M5 3.5h10v13l-5-3.5-5 3.5z" />
          </svg>
          Save this search
        </Button>
      </div>
      {open ? (
        <form
          id={FORM_ID}
          onSubmit={form.onSubmit(() => ({ name, query, alert }))}
          noValidate
          aria-label="Save this search"
          className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
          <TextField
            ref={nameBox}
            id="save-search-name"
            className="sm:max-w-md"
            name="name"
            label="Name"
            value={name}
            maxLength={80}
            onChange={(event) => {
              setName(event.target.value);
              form.clear();
            }}
            error={form.fieldErrors.name}
            required
          />
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
              When a new project matches
            </legend>
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {savedSearchAlerts.map((choice) => (
                <label key={choice} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="alert"
                    value={choice}
                    checked={alert === choice}
                    onChange={() => setAlert(choice)}
                    className="accent-brand-600 h-4 w-4"
                  />
                  {savedSearchAlertLabels[choice]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap gap-2">
            <Button pending={form.pending} pendingLabel="Saving…">
              Save search
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
