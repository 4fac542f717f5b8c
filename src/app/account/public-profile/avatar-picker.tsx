"use client";

import { useRef, useState } from "react";

import { Avatar } from "~/app/_components/avatar";
import { Button } from "~/app/_components/form/submit-button";
import { UploadError, useFileUpload } from "~/app/_components/use-file-upload";
import { acceptedFileTypes } from "~/shared/files";
import { api } from "~/trpc/react";

/**
 * The person's picture (a client's logo): choose an image, see it uploaded and resized, or
 * remove it to show initials again. Everyone sees it beside the person's name.
 */
export function AvatarPicker({ userId, role }: { userId: string; role: "client" | "freelancer" }) {
  const input = useRef<HTMLInputElement>(null);
  const upload = useFileUpload("avatar");
  const setAvatar = api.account.setAvatar.useMutation();
  const removeAvatar = api.account.removeAvatar.useMutation();
  const [version, setVersion] = useState<number>();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const busy = progress !== null || setAvatar.isPending || removeAvatar.isPending;
  const noun = role === "client" ? "logo or photo" : "photo";

  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    setStatus("");
    setProgress(0);
    try {
      const uploaded = await upload(file, { onProgress: setProgress });
      await setAvatar.mutateAsync({ fileId: uploaded.id });
      setVersion(Date.now());
      setStatus(`Your ${noun} is saved.`);
    } catch (caught) {
      setError(
        caught instanceof UploadError || caught instanceof Error
          ? caught.message
          : "That picture could not be used.",
      );
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  }

  async function remove() {
    setError(null);
    await removeAvatar.mutateAsync();
    setVersion(Date.now());
    setStatus(`Your ${noun} is removed: your initials show instead.`);
  }

  return (
    <section aria-labelledby="avatar-heading" className="mb-6 flex flex-wrap items-center gap-4">
      <Avatar userId={userId} size={96} version={version} label={`Your current ${noun}`} />
      <div className="flex min-w-0 flex-col gap-2">
        <h2 id="avatar-heading" className="font-semibold text-slate-900 dark:text-slate-100">
          Profile picture
        </h2>
        <p id="avatar-hint" className="text-sm text-slate-600 dark:text-slate-400">
          A JPEG, PNG, WebP or GIF up to 5 MB; it is cropped to a square.
        </p>
        <div className="flex flex-wrap gap-2">
          <label
            className={`focus-within:ring-brand-500 inline-flex cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm focus-within:ring-2 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${busy ? "cursor-not-allowed opacity-70" : ""}`}
          >
            {progress !== null ? `Uploading… ${Math.round(progress * 100)}%` : "Choose a picture"}
            <input
              ref={input}
              type="file"
              accept={acceptedFileTypes.image}
              className="sr-only"
              onChange={(event) => void choose(event.target.files?.[0])}
              disabled={busy}
              aria-describedby={error ? "avatar-error" : "avatar-hint"}
            />
          </label>
          <Button type="button" variant="secondary" onClick={() => void remove()} disabled={busy}>
            Remove
          </Button>
        </div>
        {error ? (
          <p id="avatar-error" role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {status}
        </p>
      </div>
    </section>
  );
}
