import type { ComponentPropsWithRef } from "react";

const variants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-400",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-400",
};

/** A button that says what it is doing while `pending`, without changing size. */
export function Button({
  pending = false,
  pendingLabel,
  variant = "primary",
  children,
  className,
  type = "submit",
  ...props
}: ComponentPropsWithRef<"button"> & {
  pending?: boolean;
  pendingLabel?: string;
  variant?: keyof typeof variants;
}) {
  return (
    <button
      type={type}
      disabled={pending || props.disabled}
      aria-busy={pending || undefined}
      className={`inline-flex items-center justify-center rounded-lg px-4 py-2 text-sm font-semibold shadow-sm transition disabled:cursor-not-allowed ${variants[variant]} ${className ?? ""}`}
      {...props}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
