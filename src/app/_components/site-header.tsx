import Link from "next/link";

import { signOutAction } from "~/app/(auth)/actions";
import { getSession } from "~/trpc/server";
import { GuildLogo } from "./guild-logo";

const navLink =
  "rounded-md px-1.5 py-2 whitespace-nowrap sm:px-3 text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

export async function SiteHeader() {
  const session = await getSession();
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      <div className="mx-auto flex h-16 max-w-5xl items-center justify-between gap-2 px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md font-semibold text-slate-900 dark:text-white"
        >
          <GuildLogo className="h-7 w-7" />
          <span className="text-lg tracking-tight max-[420px]:sr-only">Guild</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-0.5 text-sm font-medium sm:gap-1">
            <li>
              <Link href="/projects" className={navLink}>
                Find work
              </Link>
            </li>
            {session?.user.role === "client" ? (
              <li>
                <Link href="/my/projects" className={navLink}>
                  My projects
                </Link>
              </li>
            ) : null}
            {session?.user.role === "freelancer" ? (
              <li>
                <Link href="/my/proposals" className={navLink}>
                  My proposals
                </Link>
              </li>
            ) : null}
            {session ? (
              <>
                <li>
                  <Link href="/account" className={navLink}>
                    <span className="sr-only">Your account: </span>
                    <span aria-hidden="true" className="sm:hidden">
                      Account
                    </span>
                    <span className="sr-only sm:not-sr-only sm:inline-block sm:max-w-[10rem] sm:truncate sm:align-bottom">
                      {session.user.name}
                    </span>
                  </Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className={navLink}>
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
                <li className="hidden sm:block">
                  <Link
                    href="/signup"
                    className="bg-brand-600 hover:bg-brand-700 ml-1 rounded-lg px-3 py-2 font-semibold text-white shadow-sm"
                  >
                    Sign up
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
