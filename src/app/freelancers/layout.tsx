import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** Clients save and invite freelancers through tRPC in the browser. */
export default function FreelancersLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
