import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** Managing one's projects and proposals runs through tRPC in the browser. */
export default function MyLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
