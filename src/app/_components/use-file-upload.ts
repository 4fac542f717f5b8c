"use client";

import { useCallback } from "react";

import type { FilePurpose } from "~/shared/files";
import { api } from "~/trpc/react";

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
}

/** A refusal to show beside the file, as the server worded it. */
export class UploadError extends Error {}

/** Sends `body` with progress; answers the response's status and text. */
function send(
  method: "PUT" | "POST",
  url: string,
  body: XMLHttpRequestBodyInit,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new UploadError("The upload was interrupted. Try again."));
    xhr.onabort = () => reject(new UploadError("Upload cancelled."));
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(body);
  });
}

function refusalOf(text: string, fallback: string) {
  try {
    const parsed = JSON.parse(text) as { error?: unknown };
    if (typeof parsed.error === "string") return parsed.error;
  } catch {
    // Not JSON: a proxy's page, say.
  }
  return fallback;
}

/**
 * Uploads one file for `purpose`: asks the server where to send it, sends the bytes (to Guild
 * itself, or straight to the bucket and then says so), reporting progress from 0 to 1.
 * Answers the checked file, or throws an `UploadError` whose message a person can read.
 */
export function useFileUpload(purpose: FilePurpose) {
  const create = api.file.createUpload.useMutation();
  const complete = api.file.completeUpload.useMutation();
  return useCallback(
    async (
      file: File,
      {
        onProgress,
        signal,
      }: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
    ): Promise<UploadedFile> => {
      let reserved;
      try {
        reserved = await create.mutateAsync({ purpose, name: file.name, size: file.size });
      } catch (error) {
        throw new UploadError(error instanceof Error ? error.message : "This file can't be sent.");
      }
      const { upload } = reserved;
      if (upload.kind === "local") {
        const answer = await send("PUT", upload.url, file, onProgress, signal);
        if (answer.status >= 300)
          throw new UploadError(refusalOf(answer.text, "The upload was refused. Try again."));
        return { id: reserved.file.id, name: reserved.file.name, size: file.size };
      }
      const form = new FormData();
      for (const [key, value] of Object.entries(upload.fields)) form.append(key, value);
      form.append("file", file);
      const answer = await send("POST", upload.url, form, onProgress, signal);
      if (answer.status >= 300)
        throw new UploadError(
          answer.status === 400 && answer.text.includes("EntityTooLarge")
            ? "This file is larger than allowed."
            : "The upload was refused. Try again.",
        );
      try {
        await complete.mutateAsync({ fileId: reserved.file.id });
      } catch (error) {
        throw new UploadError(error instanceof Error ? error.message : "The file was refused.");
      }
      return { id: reserved.file.id, name: reserved.file.name, size: file.size };
    },
    [create, complete, purpose],
  );
}
