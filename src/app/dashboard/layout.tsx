import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** The dashboards answer invitations and save projects through tRPC in the browser. */
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
