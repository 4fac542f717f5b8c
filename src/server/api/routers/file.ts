import { completeUpload } from "~/server/domain/file/complete-upload";
import { createUpload } from "~/server/domain/file/create-upload";
import { CompleteUploadInput, CreateUploadInput } from "~/shared/schemas/file";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/**
 * Uploads: reserve a file and learn where to send it, then (with S3) say it has arrived. The
 * bytes themselves go to PUT /api/files/<id>/upload or the bucket, and come back from
 * GET /api/files/<id>, whose access check decides who may fetch them.
 */
export const fileRouter = createTRPCRouter({
  createUpload: protectedProcedure
    .input(CreateUploadInput)
    .mutation(({ ctx, input }) => createUpload({ ctx, input })),
  completeUpload: protectedProcedure
    .input(CompleteUploadInput)
    .mutation(({ ctx, input }) => completeUpload({ ctx, input })),
});
