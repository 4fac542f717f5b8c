import { discardDeadJob } from "~/server/domain/ops/discard-dead-job";
import { listJobs } from "~/server/domain/ops/list-jobs";
import { pauseJobName } from "~/server/domain/ops/pause-job-name";
import { readOverview } from "~/server/domain/ops/read-overview";
import { resumeJobName } from "~/server/domain/ops/resume-job-name";
import { retryDeadJob } from "~/server/domain/ops/retry-dead-job";
import { DeadJobActionInput, JobNameActionInput, OverviewInput } from "~/shared/schemas/ops";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** The admin console's overview and jobs: proven admins only; every action is audited once. */
export const opsRouter = createTRPCRouter({
  overview: adminProcedure
    .input(OverviewInput)
    .query(({ ctx, input }) => readOverview({ ctx, input })),
  jobs: adminProcedure.query(({ ctx }) => listJobs({ ctx })),
  retryJob: adminProcedure
    .input(DeadJobActionInput)
    .mutation(({ ctx, input }) => retryDeadJob({ ctx, input })),
  discardJob: adminProcedure
    .input(DeadJobActionInput)
    .mutation(({ ctx, input }) => discardDeadJob({ ctx, input })),
  pauseJob: adminProcedure
    .input(JobNameActionInput)
    .mutation(({ ctx, input }) => pauseJobName({ ctx, input })),
  resumeJob: adminProcedure
    .input(JobNameActionInput)
    .mutation(({ ctx, input }) => resumeJobName({ ctx, input })),
});
