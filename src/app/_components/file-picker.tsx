"use client";

import { useId, useRef, useState } from "react";

import { UploadError, useFileUpload } from "~/app/_components/use-file-upload";
import { acceptedFileTypes, formatBytes, type FilePurpose } from "~/shared/files";

interface Item {
  key: string;
  name: string;
  size: number;
  progress: number;
  id?: string;
  error?: string;
}

/**
 * Files for a form (a milestone's deliverables): each uploads as soon as it is chosen, shows
 * its progress or why it was refused, and can be removed before the form is sent. Tells the
 * form the ids of the uploaded ones and whether any is still on its way.
 */
export function FilePicker({
  purpose,
  label,
  max,
  onChange,
  error,
}: {
  purpose: FilePurpose;
  label: string;
  max: number;
  onChange: (state: { fileIds: string[]; uploading: boolean }) => void;
  /** The form's refusal of the files as a whole (too many, one no longer there). */
  error?: string[];
}) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useFileUpload(purpose);
  const [items, setItems] = useState<Item[]>([]);

  function update(next: (items: Item[]) => Item[]) {
    setItems((current) => {
      const updated = next(current);
      onChange({
        fileIds: updated.flatMap((item) => (item.id ? [item.id] : [])),
        uploading: updated.some((item) => !item.id && !item.error),
      });
      return updated;
    });
  }

  function add(list: FileList | null) {
    const chosen = [...(list ?? [])].slice(0, Math.max(0, max - items.length));
    for (const file of chosen) {
      const key = crypto.randomUUID();
      update((all) => [...all, { key, name: file.name, size: file.size, progress: 0 }]);
      const patch = (change: Partial<Item>) =>
        update((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));
      upload(file, { onProgress: (progress) => patch({ progress }) }).then(
        (done) => patch({ id: done.id, progress: 1 }),
        (error: unknown) =>
          patch({
            error: error instanceof UploadError ? error.message : "This file could not be sent.",
          }),
      );
    }
    if (input.current) input.current.value = "";
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <label
          htmlFor={inputId}
          className="cursor-pointer rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 shadow-sm focus-within:ring-2 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          {label}
          <input
            ref={input}
            id={inputId}
            type="file"
            multiple
            accept={
              purpose === "avatar" || purpose === "portfolio"
                ? acceptedFileTypes.image
                : acceptedFileTypes.any
            }
            className="sr-only"
            disabled={items.length >= max}
            onChange={(event) => add(event.target.files)}
          />
        </label>
        <span className="text-sm text-slate-600 dark:text-slate-400">
          Up to {max} files: documents, pictures, archives.
        </span>
      </div>
      {items.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Files to send">
          {items.map((item) => (
            <li
              key={item.key}
              className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 px-3 py-1.5 dark:border-slate-700"
            >
              <span className="min-w-0 font-medium wrap-anywhere">{item.name}</span>
              <span className="text-slate-600 dark:text-slate-400">{formatBytes(item.size)}</span>
              <span
                role={item.error ? "alert" : "status"}
                className={
                  item.error
                    ? "text-red-700 dark:text-red-300"
                    : "text-slate-600 dark:text-slate-400"
                }
              >
                {item.error ??
                  (item.id ? "Uploaded" : `Uploading ${Math.round(item.progress * 100)}%`)}
              </span>
              <button
                type="button"
                className="text-brand-700 dark:text-brand-300 ml-auto underline"
                onClick={() => update((all) => all.filter((other) => other.key !== item.key))}
                aria-label={`Remove ${item.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error?.length ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
