"use client";

import { useId, useRef, useState } from "react";

import { UploadError, useFileUpload } from "~/app/_components/use-file-upload";
import { acceptedFileTypes } from "~/shared/files";

/**
 * One portfolio item's picture: choose an image (uploaded at once, with progress), see it, or
 * remove it. The item keeps the uploaded file's id until the profile is saved.
 */
export function PortfolioPicture({
  fileId,
  itemLabel,
  onChange,
}: {
  fileId: string | null;
  itemLabel: string;
  onChange: (fileId: string | null) => void;
}) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useFileUpload("portfolio");
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const uploaded = await upload(file, { onProgress: setProgress });
      onChange(uploaded.id);
    } catch (caught) {
      setError(caught instanceof UploadError ? caught.message : "This picture could not be sent.");
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {fileId ? (
        // Served by our own file route: the uploader sees it before the profile is saved.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`/api/files/${fileId}`}
          alt={`Picture of ${itemLabel}`}
          width={128}
          height={96}
          className="h-24 w-32 rounded-lg border border-slate-200 bg-slate-100 object-cover dark:border-slate-700 dark:bg-slate-800"
        />
      ) : null}
      <div className="flex flex-col gap-1">
        <label
          htmlFor={inputId}
          className="cursor-pointer self-start rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 shadow-sm focus-within:ring-2 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          {progress !== null
            ? `Uploading… ${Math.round(progress * 100)}%`
            : fileId
              ? "Change picture"
              : "Add a picture (optional)"}
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={acceptedFileTypes.image}
            className="sr-only"
            disabled={progress !== null}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </label>
        {fileId ? (
          <button
            type="button"
            className="text-brand-700 dark:text-brand-300 self-start text-sm underline"
            onClick={() => onChange(null)}
          >
            Remove picture
          </button>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
