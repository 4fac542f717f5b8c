import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** Signing in and up, verifying and resetting all go through tRPC in the browser. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <div className="mx-auto flex w-full max-w-md flex-col gap-6 py-4 sm:py-10">{children}</div>
    </TRPCReactProvider>
  );
}
