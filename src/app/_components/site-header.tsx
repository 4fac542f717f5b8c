import Link from "next/link";

import type { UserRole } from "~/shared/statuses";
import { adminStanding, getViewer } from "~/trpc/server";
import { GuildLogo } from "./guild-logo";
import { HeaderBell } from "./header-bell";
import { NavLink } from "./nav-link";
import { Avatar } from "./avatar";

const navLink =
  "block rounded-md px-3 py-2 whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";
/** Current is told by weight and a bar under the link as well as colour. */
const currentLink =
  "bg-brand-50 font-semibold text-brand-800 shadow-[inset_0_-2px_0_0] shadow-brand-600 dark:bg-slate-800 dark:text-white dark:shadow-brand-400";

/** Where each kind of visitor goes most, in the order they go there. */
const linksFor: Record<UserRole | "visitor", { href: string; label: string }[]> = {
  visitor: [
    { href: "/projects", label: "Find work" },
    { href: "/freelancers", label: "Freelancers" },
  ],
  client: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/my/projects", label: "My projects" },
    { href: "/projects/new", label: "Post a project" },
    { href: "/freelancers", label: "Freelancers" },
    { href: "/billing", label: "Billing" },
  ],
  freelancer: [
    { href: "/projects", label: "Find work" },
    { href: "/my/proposals", label: "My proposals" },
    { href: "/dashboard", label: "Dashboard" },
    { href: "/earnings", label: "Earnings" },
  ],
  // "Admin" joins these for an admin whose session proved a second factor (the console's rule).
  admin: [{ href: "/dashboard", label: "Dashboard" }],
};

/**
 * The site's main navigation, by role: inline on wide screens; on a phone the same links sit
 * behind a native disclosure (<details>), which works by keyboard and without JavaScript.
 */
export async function SiteHeader() {
  const viewer = await getViewer();
  const links =
    (await adminStanding()) === "proven"
      ? [...linksFor.admin, { href: "/admin", label: "Admin" }]
      : linksFor[viewer?.role ?? "visitor"];
  const items = (
    <>
      {links.map((link) => (
        <li key={link.href}>
          <NavLink href={link.href} className={navLink} currentClassName={currentLink}>
            {link.label}
          </NavLink>
        </li>
      ))}
      {viewer ? (
        <>
          <li>
            <NavLink href="/account" className={navLink} currentClassName={currentLink}>
              <span className="sr-only">Your account: </span>
              <span className="inline-flex max-w-[12rem] items-center gap-2 align-bottom">
                <Avatar userId={viewer.id} size={24} />
                <span className="truncate">{viewer.name}</span>
              </span>
            </NavLink>
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
            <NavLink href="/signin" className={navLink} currentClassName={currentLink}>
              Sign in
            </NavLink>
          </li>
          <li>
            <NavLink
              href="/signup"
              className="bg-brand-600 hover:bg-brand-700 block rounded-lg px-3 py-2 font-semibold whitespace-nowrap text-white shadow-sm md:ml-1"
              currentClassName="bg-brand-700"
            >
              Sign up
            </NavLink>
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
        <div className="flex items-center gap-1">
          <nav aria-label="Main" className="hidden md:block">
            <ul className="flex items-center gap-1 text-sm font-medium">{items}</ul>
          </nav>
          {viewer?.status === "active" ? <HeaderBell messages={viewer.role !== "admin"} /> : null}
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
      </div>
    </header>
  );
}
