"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/people", label: "People" },
  { href: "/admin/content", label: "Content" },
  { href: "/admin/disputes", label: "Disputes" },
  { href: "/admin/jobs", label: "Jobs" },
  { href: "/admin/audit", label: "Audit log" },
];

/**
 * The console's sections. A person's page under People marks People as current too
 * (`aria-current="true"`); the section's own page is `"page"`. On a phone the tabs wrap.
 */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex flex-wrap gap-x-4 gap-y-1">
        {sections.map((section) => {
          const current =
            pathname === section.href
              ? "page"
              : section.href !== "/admin" && pathname.startsWith(`${section.href}/`)
                ? "true"
                : undefined;
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current}
                className={`inline-block border-b-2 px-1 py-2 text-sm font-medium ${
                  current
                    ? "border-brand-600 text-brand-700 dark:border-brand-400 dark:text-brand-300 font-semibold"
                    : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
