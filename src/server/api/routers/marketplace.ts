import { getMarketplaceStats } from "~/server/domain/marketplace/get-marketplace-stats";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const marketplaceRouter = createTRPCRouter({
  stats: publicProcedure.query(({ ctx }) => getMarketplaceStats({ ctx })),
});
