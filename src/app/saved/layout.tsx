import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** The saved lists are read and changed through tRPC in the browser. */
export default function SavedLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
