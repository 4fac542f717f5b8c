"use client";

import { useState } from "react";

/**
 * The text values of a form's fields, with one change handler per field: `onChange={set("title")}`.
 * `onEdit` runs on every change (say, to clear a "saved" notice); `reset` restores the start.
 */
export function useFieldValues<T extends Record<string, string>>(initial: T, onEdit?: () => void) {
  const [values, setValues] = useState(initial);
  const set = (field: keyof T) => (event: { target: { value: string } }) => {
    onEdit?.();
    setValues((current) => ({ ...current, [field]: event.target.value }));
  };
  return { values, set, reset: () => setValues(initial) };
}
