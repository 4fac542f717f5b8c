import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** Posting a project sends it through tRPC in the browser. */
export default function NewProjectLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
