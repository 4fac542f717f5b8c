import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";

/** Cross-site writes are refused at the edge (src/proxy.ts) before they get here. */
function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createTRPCContext({ headers: req.headers, resHeaders }),
    // Answers depend on who asks (and change with every write): no shared cache may keep one.
    responseMeta: () => ({ headers: { "Cache-Control": "private, no-store" } }),
  });
}

export { handler as GET, handler as POST };
