import Link from "next/link";

import { GuildLogo } from "./guild-logo";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      <div className="mx-auto flex h-16 max-w-5xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md font-semibold text-slate-900 dark:text-white"
        >
          <GuildLogo className="h-7 w-7" />
          <span className="text-lg tracking-tight">Guild</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-1 text-sm font-medium">
            <li>
              <Link
                href="/projects"
                className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
              >
                Find work
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
