import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

/** Marking read and loading more run through tRPC in the browser. */
export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
