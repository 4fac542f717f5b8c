"use client";

import type { FormEvent } from "react";
import type { ZodType } from "zod";

import { mutationFailure } from "./trpc-errors";
import { useFormErrors } from "./use-form-errors";

/** What the form needs of a tRPC mutation (`api.x.y.useMutation(...)`). */
interface Mutation<TInput> {
  mutate: (
    input: TInput,
    options: {
      onError: (error: { message: string; data?: { fieldErrors?: unknown } | null }) => void;
    },
  ) => void;
  isPending: boolean;
}

/**
 * The submit-and-show-errors scaffold every form shares: on submit the form's values are
 * checked against the same zod schema the procedure uses (instant, identical rules), then sent;
 * whatever the server refuses comes back as the message and field errors shown inline. The
 * typed values stay in the form's own state, so nothing is lost after a refusal.
 */
export function useSchemaForm<TInput>(schema: ZodType<TInput>, mutation: Mutation<TInput>) {
  const { fieldErrors, message, check, fromResult, clear, clearField, setMessage } =
    useFormErrors();
  return {
    fieldErrors,
    message,
    clear,
    clearField,
    setMessage,
    pending: mutation.isPending,
    /** `onSubmit={form.onSubmit(() => values)}`: the values are read when the form is sent. */
    onSubmit: (values: () => unknown) => (event: FormEvent) => {
      event.preventDefault();
      const input = check(schema, values());
      if (input !== null)
        mutation.mutate(input, { onError: (error) => fromResult(mutationFailure(error)) });
    },
  };
}
