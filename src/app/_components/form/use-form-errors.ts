"use client";

import { useState } from "react";
import { z, type ZodType } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * Form state for errors: `check` runs the shared zod schema in the browser first (instant
 * feedback, same rules as the server); `fromResult` shows what the server answered.
 */
export function useFormErrors() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  function check<T>(schema: ZodType<T>, values: unknown): T | null {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setFieldErrors({});
      setMessage(null);
      return parsed.data;
    }
    setFieldErrors(z.flattenError(parsed.error).fieldErrors as FieldErrors);
    setMessage("Check the highlighted fields.");
    return null;
  }

  function fromResult(result: { message: string; fieldErrors?: FieldErrors }) {
    setFieldErrors(result.fieldErrors ?? {});
    setMessage(result.message);
  }

  function clear() {
    setFieldErrors({});
    setMessage(null);
  }

  /** Forgets one field's error (its value changed, so the error no longer describes it). */
  function clearField(field: string) {
    setFieldErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  return { fieldErrors, message, check, fromResult, clear, clearField, setMessage };
}
