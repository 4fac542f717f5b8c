import { marketplaceRouter } from "./routers/marketplace";
import { projectRouter } from "./routers/project";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** The router registry: every domain router is mounted here and nowhere else. */
export const appRouter = createTRPCRouter({
  marketplace: marketplaceRouter,
  project: projectRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
