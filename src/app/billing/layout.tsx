import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** The saved card is added and removed through tRPC in the browser. */
export default function BillingLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
