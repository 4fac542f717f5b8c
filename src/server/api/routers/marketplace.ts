import { getMarketplaceStats } from "~/server/domain/marketplace/get-marketplace-stats";
import { listSkills } from "~/server/domain/skill/list-skills";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const marketplaceRouter = createTRPCRouter({
  stats: publicProcedure.query(({ ctx }) => getMarketplaceStats({ ctx })),
  skills: publicProcedure.query(({ ctx }) => listSkills({ ctx })),
});
