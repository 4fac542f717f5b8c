import { InvalidError } from "~/server/domain/errors";

export type UploadRefusal =
  "too_large" | "empty" | "incomplete" | "unacceptable" | "infected" | "unscanned";

/**
 * An upload Guild would not keep, with a sentence for the person and why, so an HTTP adapter
 * can answer 413 for a size and 415 for a type. Its row and bytes are already gone.
 */
export class UploadRefusedError extends InvalidError {
  constructor(
    message: string,
    readonly reason: UploadRefusal,
    fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, fieldErrors);
  }
}
