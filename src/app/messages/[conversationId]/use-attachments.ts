"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { useFileUpload } from "~/app/_components/use-file-upload";
import { MAX_ATTACHMENTS } from "~/shared/files";
import type { ThreadMessage } from "./merge-thread";

/** A file as a message shows it. */
export type FileSummary = ThreadMessage["attachments"][number];

export interface Attachment {
  key: string;
  name: string;
  size: number;
  /** 0 to 1 while uploading. */
  progress: number;
  state: "uploading" | "ready" | "failed";
  /** Why it was refused, in the server's words. */
  error: string | null;
  /** The stored file, once ready. */
  file: FileSummary | null;
}

const TOO_MANY = `Attach at most ${MAX_ATTACHMENTS} files to one message.`;

/** What the page shows inline: the ones the server would show (it decides from the bytes). */
const INLINE_PICTURE = /^image\/(jpeg|png|webp|gif)$/;

/**
 * The files about to go with a message: each uploads as soon as it is chosen (dropped or
 * pasted), showing its progress, or the reason it was refused; removing one cancels its
 * upload. At most ten; the ones over are left out, saying so.
 */
export function useAttachments() {
  const uploadFile = useFileUpload("attachment");
  const [items, setItems] = useState<Attachment[]>([]);
  const [limitError, setLimitError] = useState<string | null>(null);
  const uploads = useRef(new Map<string, AbortController>());
  const count = useRef(0);

  const update = useCallback(
    (key: string, change: Partial<Attachment>) =>
      setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item))),
    [],
  );

  const upload = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      uploads.current.set(key, controller);
      try {
        const uploaded = await uploadFile(file, {
          onProgress: (progress) => update(key, { progress }),
          signal: controller.signal,
        });
        update(key, {
          state: "ready",
          progress: 1,
          file: {
            ...uploaded,
            contentType: file.type,
            url: `/api/files/${uploaded.id}`,
            isImage: INLINE_PICTURE.test(file.type),
          },
        });
      } catch (error) {
        if (controller.signal.aborted) return;
        const said = error instanceof Error ? error.message : "";
        update(key, { state: "failed", error: said || "The file could not be uploaded." });
      } finally {
        uploads.current.delete(key);
      }
    },
    [uploadFile, update],
  );

  const add = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const room = MAX_ATTACHMENTS - count.current;
      setLimitError(files.length > room ? TOO_MANY : null);
      const taken = files.slice(0, Math.max(0, room)).map((file) => ({
        file,
        item: {
          key: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
          name: file.name || "Pasted file",
          size: file.size,
          progress: 0,
          state: "uploading" as const,
          error: null,
          file: null,
        },
      }));
      count.current += taken.length;
      setItems((list) => [...list, ...taken.map(({ item }) => item)]);
      for (const { file, item } of taken) void upload(item.key, file);
    },
    [upload],
  );

  const remove = useCallback((key: string) => {
    uploads.current.get(key)?.abort();
    count.current -= 1;
    setLimitError(null);
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  /** Empties the list once its files went with a message (or were put back for a retry). */
  const reset = useCallback((next: Attachment[] = []) => {
    count.current = next.length;
    setLimitError(null);
    setItems(next);
  }, []);

  /** Puts back the files of a message the server refused, unless others were chosen since. */
  const restore = useCallback(
    (files: FileSummary[]) => {
      if (count.current > 0 || files.length === 0) return;
      reset(
        files.map((file) => ({
          key: file.id,
          name: file.name,
          size: file.size,
          progress: 1,
          state: "ready" as const,
          error: null,
          file,
        })),
      );
    },
    [reset],
  );

  useEffect(() => {
    const pending = uploads.current;
    return () => pending.forEach((controller) => controller.abort());
  }, []);

  return {
    items,
    add,
    remove,
    reset,
    restore,
    limitError,
    uploading: items.some((item) => item.state === "uploading"),
  };
}
