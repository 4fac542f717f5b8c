import { getProjectForViewer } from "~/server/domain/project/get-project";
import { listOpenProjects } from "~/server/domain/project/list-open-projects";
import { ListOpenProjectsInput, ProjectByIdInput } from "~/shared/schemas/project";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const projectRouter = createTRPCRouter({
  listOpen: publicProcedure
    .input(ListOpenProjectsInput)
    .query(({ ctx, input }) => listOpenProjects({ ctx, input })),

  byId: publicProcedure
    .input(ProjectByIdInput)
    .query(({ ctx, input }) => getProjectForViewer({ ctx, input })),
});
