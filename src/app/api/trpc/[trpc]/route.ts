import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { env } from "~/env";
import { appRouter } from "~/server/api/root";
import { isCrossOriginWrite } from "~/server/api/same-origin";
import { createTRPCContext } from "~/server/api/trpc";

function handler(req: Request) {
  if (isCrossOriginWrite(req, env.TRUSTED_PROXY_HOPS)) {
    return Response.json(
      { error: { message: "Cross-site requests are not allowed.", code: "FORBIDDEN" } },
      { status: 403 },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
  });
}

export { handler as GET, handler as POST };
