"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * A link of the main navigation that knows where the visitor is: the page itself is marked
 * `aria-current="page"`, a page inside its section (a project under "My projects") `"true"`,
 * and both look current. A click also folds the phone menu (<details>) it may sit in, which
 * a client-side navigation would otherwise leave open over the new page.
 */
export function NavLink({
  href,
  className,
  currentClassName,
  children,
}: {
  href: string;
  className: string;
  currentClassName: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = pathname === href ? "page" : pathname.startsWith(`${href}/`) ? "true" : undefined;
  const fold = (event: MouseEvent<HTMLAnchorElement>) =>
    event.currentTarget.closest("details")?.removeAttribute("open");
  return (
    <Link
      href={href}
      aria-current={current}
      onClick={fold}
      className={`${className} ${current ? currentClassName : ""}`}
    >
      {children}
    </Link>
  );
}
