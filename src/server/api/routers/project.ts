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
  MyProjectsInput,
  MyProjectsOutput,
  ProjectActionInput,
  ManagedProjectOutput,
  ProjectByIdInput,
  ProjectDetailOutput,
  ProjectOutput,
  SearchProjectsInput,
  SearchProjectsOutput,
  UpdateProjectInput,
} from "~/shared/schemas/project";
import { clientProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const projectRouter = createTRPCRouter({
  listOpen: publicProcedure
    .input(ListOpenProjectsInput)
    .query(({ ctx, input }) => listOpenProjects({ ctx, input })),

  byId: publicProcedure
    .meta({
      scope: "projects:read",
      openapi: {
        method: "GET",
        path: "/projects/{id}",
        tags: ["projects"],
        summary: "Read a project",
        description: "An open project, or one of your own in any status.",
      },
    })
    .input(ProjectByIdInput)
    .output(ProjectDetailOutput)
    .query(({ ctx, input }) => getProjectForViewer({ ctx, input })),

  trustSignals: publicProcedure
    .input(ProjectByIdInput)
    .query(({ ctx, input }) => clientTrustSignals({ ctx, input })),
  search: publicProcedure
    .meta({
      scope: "projects:read",
      openapi: {
        method: "GET",
        path: "/projects",
        tags: ["projects"],
        summary: "Search open projects",
        description:
          "Open projects matching words and filters, a page at a time; needs no token, though a token needs projects:read.",
      },
    })
    .input(SearchProjectsInput)
    .output(SearchProjectsOutput)
    .query(({ ctx, input }) => searchOpenProjects({ ctx, input })),

  mine: clientProcedure
    .meta({
      scope: "projects:read",
      openapi: {
        method: "GET",
        path: "/me/projects",
        tags: ["projects"],
        summary: "List your projects",
        description: "The client's own projects in every status, newest first, a page at a time.",
      },
    })
    .input(MyProjectsInput)
    .output(MyProjectsOutput)
    .query(({ ctx, input }) => listMyProjects({ ctx, input })),
  manage: clientProcedure
    .meta({
      scope: "projects:read",
      openapi: {
        method: "GET",
        path: "/me/projects/{id}",
        tags: ["projects"],
        summary: "Your project with its proposals",
        description: "One of your projects, with every proposal and invitation on it.",
      },
    })
    .input(ProjectActionInput)
    .output(ManagedProjectOutput)
    .query(({ ctx, input }) => getProjectToManage({ ctx, input })),
  create: clientProcedure
    .meta({
      scope: "projects:write",
      openapi: {
        method: "POST",
        path: "/projects",
        tags: ["projects"],
        summary: "Create a project",
        description: "A new project starts as a draft only its client sees, until published.",
      },
    })
    .input(CreateProjectInput)
    .output(ProjectOutput)
    .mutation(({ ctx, input }) => createProject({ ctx, input })),
  update: clientProcedure
    .meta({
      scope: "projects:write",
      openapi: {
        method: "PATCH",
        path: "/projects/{id}",
        tags: ["projects"],
        summary: "Edit a project",
        description:
          "Replaces a draft or open project's brief, budget and skills with what is sent.",
      },
    })
    .input(UpdateProjectInput)
    .output(ProjectOutput)
    .mutation(({ ctx, input }) => updateProject({ ctx, input })),
  publish: clientProcedure
    .meta({
      scope: "projects:write",
      openapi: {
        method: "POST",
        path: "/projects/{id}/publish",
        tags: ["projects"],
        summary: "Publish a draft project",
        description: "Opens the project to proposals. Needs a confirmed email address.",
      },
    })
    .input(ProjectActionInput)
    .output(ProjectOutput)
    .mutation(({ ctx, input }) => publishProject({ ctx, input })),
  cancel: clientProcedure
    .input(ProjectActionInput)
    .mutation(({ ctx, input }) => cancelProject({ ctx, input })),
});
