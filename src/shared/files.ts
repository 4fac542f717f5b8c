/** What a file was uploaded for: decides its size limit, allowed types and who may fetch it. */
export const filePurposes = ["attachment", "deliverable", "portfolio", "avatar"] as const;
export type FilePurpose = (typeof filePurposes)[number];

/** `pending` until its bytes are in and checked. */
export const fileStatuses = ["pending", "ready"] as const;
export type FileStatus = (typeof fileStatuses)[number];

/** Attachments one message carries at most. */
export const MAX_ATTACHMENTS = 10;

/** Purposes that take a picture only (JPEG, PNG, WebP or GIF), kept to `IMAGE_MAX_BYTES`. */
export const imagePurposes: readonly FilePurpose[] = ["avatar", "portfolio"];

/** The largest picture for an avatar or a portfolio item (less when FILES_MAX_BYTES is lower). */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** The longest stored file name, extension included. */
export const FILE_NAME_MAX = 200;

/** What a file picker offers for each purpose: a hint only, the server decides from the bytes. */
export const acceptedFileTypes = {
  image: ".jpg,.jpeg,.png,.webp,.gif",
  any: ".jpg,.jpeg,.png,.webp,.gif,.pdf,.docx,.xlsx,.pptx,.odt,.zip,.7z,.gz,.tgz,.tar,.txt,.md,.csv",
} as const;

/** A size as people read it: "820 KB", "4.2 MB". */
export function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, "") : Math.round(mb)} MB`;
}
