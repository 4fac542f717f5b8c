import type { ComponentPropsWithRef } from "react";

type SelectFieldProps = ComponentPropsWithRef<"select"> & {
  label: string;
  /** A disabled option stays in the list, its label saying why it cannot be chosen. */
  options: readonly { value: string; label: string; disabled?: boolean }[];
};

/**
 * A labelled native select: keyboard and screen-reader behaviour come from the browser. The
 * label points at the select (rather than wrapping it) so its name is the label alone.
 */
export function SelectField({ label, options, id, ...select }: SelectFieldProps) {
  const fieldId = id ?? `select-${select.name ?? label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <select
        id={fieldId}
        className="max-w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:disabled:bg-slate-800 dark:disabled:text-slate-400"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
