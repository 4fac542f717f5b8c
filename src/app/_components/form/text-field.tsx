import type { ComponentPropsWithRef, ReactNode } from "react";

type TextFieldProps = ComponentPropsWithRef<"input"> & {
  name: string;
  label: string;
  /** Shown under the field and announced with it; also marks the field invalid. */
  error?: string[] | string;
  hint?: string;
  /** Live feedback under the hint (a password's strength), also part of the field's description. */
  feedback?: ReactNode;
};

/** A labelled input whose error and hint are tied to it for screen readers. */
export function TextField({
  name,
  label,
  error,
  hint,
  feedback,
  id,
  className,
  ...input
}: TextFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const errors = typeof error === "string" ? [error] : (error ?? []);
  const describedBy = [
    hint ? `${fieldId}-hint` : null,
    feedback ? `${fieldId}-feedback` : null,
    errors.length ? `${fieldId}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`flex flex-col gap-1.5 ${className ?? ""}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        className="focus:border-brand-500 focus:ring-brand-500/30 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:ring-2 focus:outline-none aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:aria-invalid:border-red-400"
        {...input}
      />
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {feedback ? <div id={`${fieldId}-feedback`}>{feedback}</div> : null}
      {errors.length ? (
        <p id={`${fieldId}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
