import { clientDashboard } from "~/server/domain/dashboard/client-dashboard";
import { freelancerDashboard } from "~/server/domain/dashboard/freelancer-dashboard";
import { onboardingChecklist } from "~/server/domain/dashboard/onboarding-checklist";
import { recommendProjects } from "~/server/domain/dashboard/recommend-projects";
import {
  clientProcedure,
  createTRPCRouter,
  freelancerProcedure,
  protectedProcedure,
} from "../trpc";

/** Each role's overview; everything in it is scoped to the acting user. */
export const dashboardRouter = createTRPCRouter({
  client: clientProcedure.query(({ ctx }) => clientDashboard({ ctx })),
  freelancer: freelancerProcedure.query(({ ctx }) => freelancerDashboard({ ctx })),
  recommendations: freelancerProcedure.query(({ ctx }) => recommendProjects({ ctx })),
  checklist: protectedProcedure.query(({ ctx }) => onboardingChecklist({ ctx })),
});
