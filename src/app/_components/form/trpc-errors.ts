import type { FieldErrors } from "./use-form-errors";

/** The message and field errors of a failed tRPC mutation, in the shape forms show. */
export function mutationFailure(error: {
  message: string;
  data?: { fieldErrors?: unknown } | null;
}) {
  return {
    message: error.message,
    fieldErrors: (error.data?.fieldErrors ?? undefined) as FieldErrors | undefined,
  };
}
