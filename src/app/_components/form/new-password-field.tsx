"use client";

import type { ChangeEventHandler } from "react";

import { PASSWORD_MAX, PASSWORD_MIN } from "~/shared/schemas/identity";
import { TextField } from "./text-field";
import { preparePasswordJudge, type PasswordStrength } from "./use-password-strength";

const SEGMENTS = 4;

/** How many of the four segments a score fills, and the word for it. */
function level(strength: PasswordStrength): { filled: number; label: string; detail?: string } {
  switch (strength.kind) {
    case "empty":
      return { filled: 0, label: "" };
    case "length":
      return { filled: 0, label: strength.message };
    case "checking":
      return { filled: 0, label: "Checking how strong it is…" };
    case "unavailable":
      return { filled: 0, label: "We'll check how strong it is when you send it." };
    case "judged": {
      const { score, strong, message } = strength.verdict;
      if (strong)
        return { filled: score, label: score === 4 ? "Very strong password." : "Strong password." };
      const label = ["Very weak.", "Weak.", "Not strong enough yet."][score] ?? "Weak.";
      return { filled: Math.max(1, score), label, detail: message };
    }
  }
}

/** A bar of four segments in the brand colour, and the words that say the same (colour is never alone). */
function StrengthFeedback({
  strength,
  showDetail,
}: {
  strength: PasswordStrength;
  showDetail: boolean;
}) {
  const { filled, label, detail } = level(strength);
  return (
    <div className="flex flex-col gap-1.5">
      {strength.kind === "judged" ? (
        <div aria-hidden="true" className="grid grid-cols-4 gap-1">
          {Array.from({ length: SEGMENTS }, (_, index) => (
            <span
              key={index}
              className={`h-1.5 rounded-full ${
                index < filled ? "bg-brand-600 dark:bg-brand-400" : "bg-slate-200 dark:bg-slate-700"
              }`}
            />
          ))}
        </div>
      ) : null}
      {/* Polite: read out when the person pauses, never interrupting their typing. */}
      <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {label ? <span className="font-medium">{label}</span> : null}
        {detail && showDetail ? <> {detail}</> : null}
      </p>
    </div>
  );
}

/**
 * The field for choosing a password: the length rule as its hint, and as the person types,
 * how strong it is (zxcvbn, loaded when the field is first focused) and what would make it stronger.
 */
export function NewPasswordField({
  name,
  label,
  value,
  onChange,
  error,
  strength,
}: {
  name: string;
  label: string;
  value: string;
  onChange: ChangeEventHandler<HTMLInputElement>;
  error?: string[];
  strength: PasswordStrength;
}) {
  return (
    <TextField
      name={name}
      type="password"
      label={label}
      autoComplete="new-password"
      hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A few uncommon words make a password that is easy to remember and hard to guess.`}
      value={value}
      onChange={onChange}
      onFocus={() => void preparePasswordJudge().catch(() => undefined)}
      error={error}
      // The error, when there is one, already says what the advice would.
      feedback={<StrengthFeedback strength={strength} showDetail={!error?.length} />}
      required
    />
  );
}
