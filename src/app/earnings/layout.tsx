import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** Balances, withdrawals and the history's pages are read and changed through tRPC in the browser. */
export default function EarningsLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
