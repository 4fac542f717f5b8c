import type { ComponentPropsWithRef } from "react";

type TextAreaFieldProps = ComponentPropsWithRef<"textarea"> & {
  name: string;
  label: string;
  error?: string[];
};

/** A labelled textarea whose error is tied to it for screen readers (the TextField of long text). */
export function TextAreaField({ name, label, error, id, ...textarea }: TextAreaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={error?.length ? `${fieldId}-error` : undefined}
        className="focus:border-brand-500 focus:ring-brand-500/30 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:ring-2 focus:outline-none aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:aria-invalid:border-red-400"
        {...textarea}
      />
      {error?.length ? (
        <p id={`${fieldId}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
