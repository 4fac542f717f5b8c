import { saveFreelancer } from "~/server/domain/saved/save-freelancer";
import { saveProject } from "~/server/domain/saved/save-project";
import { listSavedFreelancers, savedFreelancerIds } from "~/server/domain/saved/saved-freelancers";
import { listSavedProjects, savedProjectIds } from "~/server/domain/saved/saved-projects";
import { SaveFreelancerInput, SaveProjectInput } from "~/shared/schemas/saved";
import { clientProcedure, createTRPCRouter, freelancerProcedure } from "../trpc";

/** Each person's own saved list: freelancers keep projects, clients keep freelancers. */
export const savedRouter = createTRPCRouter({
  projects: freelancerProcedure.query(({ ctx }) => listSavedProjects({ ctx })),
  projectIds: freelancerProcedure.query(({ ctx }) => savedProjectIds({ ctx })),
  saveProject: freelancerProcedure
    .input(SaveProjectInput)
    .mutation(({ ctx, input }) => saveProject({ ctx, input })),
  freelancers: clientProcedure.query(({ ctx }) => listSavedFreelancers({ ctx })),
  freelancerIds: clientProcedure.query(({ ctx }) => savedFreelancerIds({ ctx })),
  saveFreelancer: clientProcedure
    .input(SaveFreelancerInput)
    .mutation(({ ctx, input }) => saveFreelancer({ ctx, input })),
});
