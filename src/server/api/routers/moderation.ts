import { moderateContent } from "~/server/domain/moderation/moderate-content";
import { moderationQueue } from "~/server/domain/moderation/moderation-queue";
import { reportContent } from "~/server/domain/moderation/report-content";
import {
  ModerateContentInput,
  ModerationQueueInput,
  ReportInput,
} from "~/shared/schemas/moderation";
import type { ReportSubject } from "~/shared/trust";
import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc";

/** One report procedure per kind of subject: each has its own rules of who can see what. */
const report = (subjectType: ReportSubject) =>
  protectedProcedure
    .input(ReportInput)
    .mutation(({ ctx, input }) => reportContent({ ctx, input: { ...input, subjectType } }));

/** Reports from anyone signed in; the queue and its actions for proven admins. */
export const moderationRouter = createTRPCRouter({
  reportProject: report("project"),
  reportProfile: report("profile"),
  reportReview: report("review"),
  reportMessage: report("message"),
  queue: adminProcedure
    .input(ModerationQueueInput)
    .query(({ ctx, input }) => moderationQueue({ ctx, input })),
  act: adminProcedure
    .input(ModerateContentInput)
    .mutation(({ ctx, input }) => moderateContent({ ctx, input })),
});
