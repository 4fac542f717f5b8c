/** What a file was uploaded for: decides its size limit, allowed types and who may fetch it. */
export const filePurposes = ["attachment", "deliverable", "portfolio", "avatar"] as const;
export type FilePurpose = (typeof filePurposes)[number];

/** `pending` until its bytes are in and checked. */
export const fileStatuses = ["pending", "ready"] as const;
export type FileStatus = (typeof fileStatuses)[number];

/** Attachments one message carries at most. */
export const MAX_ATTACHMENTS = 10;
