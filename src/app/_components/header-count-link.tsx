import Link from "next/link";
import type { ReactNode } from "react";

/** "99+" past two digits: the badge stays small; the accessible name says the exact count. */
const badgeText = (unread: number) => (unread > 99 ? "99+" : String(unread));

/**
 * An icon link in the header with an unread badge, named with the count ("Messages, 3 unread"):
 * the bell and the Messages link. `icon` is the SVG's paths.
 */
export function HeaderCountLink({
  href,
  label,
  unread,
  current,
  icon,
}: {
  href: string;
  label: string;
  unread: number;
  current: boolean;
  icon: ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-label={unread > 0 ? `${label}, ${unread} unread` : label}
      aria-current={current ? "page" : undefined}
      className={`relative inline-flex h-10 w-10 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white ${current ? "bg-brand-50 text-brand-800 shadow-brand-600 dark:shadow-brand-400 shadow-[inset_0_-2px_0_0] dark:bg-slate-800 dark:text-white" : ""}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {icon}
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-700 px-1 text-xs leading-none font-bold text-white tabular-nums ring-2 ring-white dark:bg-red-500 dark:text-slate-950 dark:ring-slate-900"
        >
          {badgeText(unread)}
        </span>
      ) : null}
    </Link>
  );
}
