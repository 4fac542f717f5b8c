import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";
import { AccountNav } from "./_components/account-nav";

/** Every account page changes something through tRPC in the browser. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Your account
        </h1>
        <AccountNav />
      </header>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </div>
  );
}
