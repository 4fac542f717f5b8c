import { z } from "zod";

import "./messages";
import { filePurposes } from "~/shared/files";

/** Shared by upload widgets and the file procedures: no server imports here. */

const fileId = z.string().trim().min(1).max(64);

/**
 * Asks for a place to upload one file. The name is what the person's computer called it (made
 * safe on the server, so a long or odd one is not refused here); the size is what the browser
 * reports and is checked against the purpose's limit before anything is sent.
 */
export const CreateUploadInput = z.object({
  purpose: z.enum(filePurposes),
  name: z.string().max(1_000, { error: "Use a file name under 1,000 characters." }),
  size: z
    .number()
    .int()
    .min(1, { error: "This file is empty." })
    .max(Number.MAX_SAFE_INTEGER, { error: "This file is too large." }),
});
export type CreateUploadInput = z.input<typeof CreateUploadInput>;

/** Tells the server a direct upload to the bucket has finished, so it checks the bytes. */
export const CompleteUploadInput = z.object({ fileId });
export type CompleteUploadInput = z.input<typeof CompleteUploadInput>;
