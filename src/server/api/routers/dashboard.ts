import { clientDashboard } from "~/server/domain/dashboard/client-dashboard";
import { freelancerDashboard } from "~/server/domain/dashboard/freelancer-dashboard";
import { clientProcedure, createTRPCRouter, freelancerProcedure } from "../trpc";

/** Each role's overview; everything in it is scoped to the acting user. */
export const dashboardRouter = createTRPCRouter({
  client: clientProcedure.query(({ ctx }) => clientDashboard({ ctx })),
  freelancer: freelancerProcedure.query(({ ctx }) => freelancerDashboard({ ctx })),
});
