import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** A contract's milestones, timesheet and review are read and changed through tRPC in the browser. */
export default function ContractsLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
