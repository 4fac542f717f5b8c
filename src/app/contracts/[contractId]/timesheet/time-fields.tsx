"use client";

import { MINUTE_STEP } from "~/shared/schemas/timesheet";

export interface TimeValue {
  hours: string;
  minutes: string;
}

/** Hours and minutes as typed, in minutes; NaN for anything but whole hours (the schema says so). */
export function minutesOf({ hours, minutes }: TimeValue): number {
  const whole = hours.trim() === "" ? 0 : /^\d{1,2}$/.test(hours.trim()) ? Number(hours) : NaN;
  return whole * 60 + Number(minutes);
}

export function timeValueOf(total: number): TimeValue {
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}

const quarterHours = Array.from({ length: 60 / MINUTE_STEP }, (_, k) => k * MINUTE_STEP);

/**
 * How long: whole hours typed, minutes chosen in quarter hours. One group with one legend, so
 * a screen reader hears "Time worked, Hours" and the error belongs to both.
 */
export function TimeFields({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: TimeValue;
  onChange: (value: TimeValue) => void;
  error?: string[];
}) {
  const errorId = `${id}-time-error`;
  const input =
    "rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-white dark:aria-invalid:border-red-400";
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
        Time worked
      </legend>
      <div className="mt-1.5 flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm">
          <input
            className={`${input} w-20`}
            inputMode="numeric"
            value={value.hours}
            onChange={(e) => onChange({ ...value, hours: e.target.value })}
            aria-invalid={error ? true : undefined}
            placeholder="0"
          />
          Hours
        </label>
        <label className="flex items-center gap-2 text-sm">
          <select
            className={input}
            value={value.minutes}
            onChange={(e) => onChange({ ...value, minutes: e.target.value })}
          >
            {quarterHours.map((m) => (
              <option key={m} value={String(m)}>
                {m}
              </option>
            ))}
          </select>
          Minutes
        </label>
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
