"use client";

import { useState, type ReactNode } from "react";

/**
 * On a phone the filters fold away behind a "Filters" button, so the first results start on
 * the first screen; from small tablets up they are always shown and the button is hidden.
 * Without JavaScript the button submits the form with `filters=1`, and the page comes back
 * with them unfolded.
 */
export function FilterFold({
  words,
  submit,
  activeCount,
  initiallyOpen,
  children,
}: {
  words: ReactNode;
  submit: ReactNode;
  /** How many filters are set, shown on the button so a folded filter is not forgotten. */
  activeCount: number;
  initiallyOpen: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        {words}
        <div className="flex gap-3">
          {submit}
          <button
            type="submit"
            name="filters"
            value="1"
            aria-expanded={open}
            aria-controls="project-filters"
            onClick={(event) => {
              event.preventDefault();
              setOpen((was) => !was);
            }}
            className="aria-expanded:border-brand-600 aria-expanded:bg-brand-50 dark:aria-expanded:border-brand-400 dark:aria-expanded:bg-brand-950 inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 sm:hidden dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
              <path d="M3 5h14v1.5H3zM6 9.25h8v1.5H6zM8.5 13.5h3V15h-3z" />
            </svg>
            Filters
            {activeCount > 0 ? (
              <span className="bg-brand-600 rounded-full px-2 text-xs text-white">
                {activeCount}
                <span className="sr-only"> set</span>
              </span>
            ) : null}
          </button>
        </div>
      </div>
      <div id="project-filters" className={`flex-col gap-3 ${open ? "flex" : "hidden sm:flex"}`}>
        {children}
      </div>
    </>
  );
}
