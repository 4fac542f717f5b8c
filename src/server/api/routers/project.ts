import { cancelProject } from "~/server/domain/project/cancel-project";
import { createProject } from "~/server/domain/project/create-project";
import { publishProject } from "~/server/domain/project/publish-project";
import { updateProject } from "~/server/domain/project/update-project";
import { getProjectToManage } from "~/server/domain/project/manage-project";
import { listMyProjects } from "~/server/domain/project/my-projects";
import { searchOpenProjects } from "~/server/domain/project/search-projects";
import { getProjectForViewer } from "~/server/domain/project/get-project";
import { clientTrustSignals } from "~/server/domain/project/client-trust-signals";
import { listOpenProjects } from "~/server/domain/project/list-open-projects";
import {
  CreateProjectInput,
  ListOpenProjectsInput,
  ProjectActionInput,
  ProjectByIdInput,
  SearchProjectsInput,
  UpdateProjectInput,
} from "~/shared/schemas/project";
import { clientProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const projectRouter = createTRPCRouter({
  listOpen: publicProcedure
    .input(ListOpenProjectsInput)
    .query(({ ctx, input }) => listOpenProjects({ ctx, input })),

  byId: publicProcedure
    .input(ProjectByIdInput)
    .query(({ ctx, input }) => getProjectForViewer({ ctx, input })),

  trustSignals: publicProcedure
    .input(ProjectByIdInput)
    .query(({ ctx, input }) => clientTrustSignals({ ctx, input })),
  search: publicProcedure
    .input(SearchProjectsInput)
    .query(({ ctx, input }) => searchOpenProjects({ ctx, input })),

  mine: clientProcedure.query(({ ctx }) => listMyProjects({ ctx })),
  manage: clientProcedure
    .input(ProjectActionInput)
    .query(({ ctx, input }) => getProjectToManage({ ctx, input })),
  create: clientProcedure
    .input(CreateProjectInput)
    .mutation(({ ctx, input }) => createProject({ ctx, input })),
  update: clientProcedure
    .input(UpdateProjectInput)
    .mutation(({ ctx, input }) => updateProject({ ctx, input })),
  publish: clientProcedure
    .input(ProjectActionInput)
    .mutation(({ ctx, input }) => publishProject({ ctx, input })),
  cancel: clientProcedure
    .input(ProjectActionInput)
    .mutation(({ ctx, input }) => cancelProject({ ctx, input })),
});
