import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

import { requestContext } from "~/server/auth/request-context";
import { DomainError } from "~/server/domain/errors";
import { fileSummary } from "~/server/domain/file/file-summary";
import { receiveUpload } from "~/server/domain/file/receive-upload";
import { UploadRefusedError, type UploadRefusal } from "~/server/domain/file/upload-refused";
import { guardUpload, jsonAnswer } from "~/server/edge/upload-guard";
import { logger } from "~/server/observability/logger";

export const dynamic = "force-dynamic";

const statusOfRefusal: Record<UploadRefusal, number> = {
  too_large: 413,
  unacceptable: 415,
  infected: 422,
  unscanned: 503,
  empty: 400,
  incomplete: 400,
};

const statusOfKind: Record<DomainError["kind"], number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid: 400,
  unauthenticated: 401,
  rate_limited: 429,
};

/**
 * The local backend's upload: the raw bytes of the uploader's pending file, streamed to disk
 * (never buffered), and checked before the file is kept. Answers the file as lists show it, or
 * `{ error }` with a sentence; a refused file is gone (upload it again).
 */
export async function PUT(request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const ctx = await requestContext(request.headers);
  const { headers, refusal } = await guardUpload(request, ctx.actor?.id ?? null);
  if (refusal) return refusal;
  const { actor } = ctx;
  if (!actor || actor.status !== "active")
    return jsonAnswer(401, "Please sign in to upload files.", headers);

  const length = request.headers.get("content-length");
  try {
    const file = await receiveUpload({
      ctx: { ...ctx, actor },
      input: {
        fileId,
        body: request.body
          ? Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
          : null,
        declaredSize: length && /^\d+$/.test(length) ? Number(length) : null,
      },
    });
    return Response.json({ file: fileSummary(file) }, { status: 201, headers });
  } catch (error) {
    if (error instanceof UploadRefusedError)
      return jsonAnswer(statusOfRefusal[error.reason], error.message, headers);
    if (error instanceof DomainError)
      return jsonAnswer(statusOfKind[error.kind], error.message, headers);
    // The browser went away mid-upload: nothing was kept, and nobody is left to answer.
    if (request.signal.aborted) {
      logger.info({ requestId: ctx.request.requestId, fileId }, "upload interrupted");
      return jsonAnswer(400, "The upload was interrupted. Please try again.", headers);
    }
    logger.error({ err: error, requestId: ctx.request.requestId, fileId }, "upload failed");
    return jsonAnswer(500, "Something went wrong on our side. Please try again.", headers);
  }
}
