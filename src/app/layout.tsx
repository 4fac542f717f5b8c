import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import "~/styles/globals.css";
import { env } from "~/env";
import { SiteFooter } from "./_components/site-footer";
import { SandboxBanner } from "./_components/sandbox-banner";
import { SiteHeader } from "./_components/site-header";

export const metadata: Metadata = {
  title: {
    default: "Guild: hire freelancers, find work",
    template: "%s · Guild",
  },
  description:
    "Guild is an open-source freelance marketplace: clients post projects, freelancers send proposals, and work runs through contracts and milestones.",
  icons: [{ rel: "icon", url: "/favicon.svg", type: "image/svg+xml" }],
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900 focus:shadow"
        >
          Skip to content
        </a>
        {env.PAYMENTS_PROVIDER === "sandbox" ? <SandboxBanner /> : null}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
