import Link from "next/link";

import { getSession } from "~/trpc/server";
import { GuildLogo } from "./guild-logo";

const navLink =
  "block rounded-md px-3 py-2 whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

/**
 * The site's main navigation: inline from small tablets up; on a phone the same links sit
 * behind a native disclosure (<details>), which works by keyboard and without JavaScript.
 */
export async function SiteHeader() {
  const session = await getSession();
  const links = [
    { href: "/projects", label: "Find work" },
    { href: "/freelancers", label: "Freelancers" },
    ...(session ? [{ href: "/dashboard", label: "Dashboard" }] : []),
  ];
  const items = (
    <>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className={navLink}>
            {link.label}
          </Link>
        </li>
      ))}
      {session ? (
        <>
          <li>
            <Link href="/account" className={navLink}>
              <span className="sr-only">Your account: </span>
              <span className="inline-block max-w-[10rem] truncate align-bottom">
                {session.user.name}
              </span>
            </Link>
          </li>
          <li>
            <form method="post" action="/api/sign-out">
              <button type="submit" className={`${navLink} w-full text-left`}>
                Sign out
              </button>
            </form>
          </li>
        </>
      ) : (
        <>
          <li>
            <Link href="/signin" className={navLink}>
              Sign in
            </Link>
          </li>
          <li>
            <Link
              href="/signup"
              className="bg-brand-600 hover:bg-brand-700 block rounded-lg px-3 py-2 font-semibold whitespace-nowrap text-white shadow-sm md:ml-1"
            >
              Sign up
            </Link>
          </li>
        </>
      )}
    </>
  );
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      <div className="mx-auto flex h-16 max-w-5xl items-center justify-between gap-2 px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md font-semibold text-slate-900 dark:text-white"
        >
          <GuildLogo className="h-7 w-7" />
          <span className="text-lg tracking-tight">Guild</span>
        </Link>
        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex items-center gap-1 text-sm font-medium">{items}</ul>
        </nav>
        <details className="group relative md:hidden">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
              <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
            </svg>
            Menu
          </summary>
          <nav
            aria-label="Main"
            className="absolute right-0 z-20 mt-2 w-56 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900"
          >
            <ul className="flex flex-col gap-1 text-sm font-medium">{items}</ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
