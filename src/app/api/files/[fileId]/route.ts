import { Readable } from "node:stream";

import { requestContext } from "~/server/auth/request-context";
import { fileAccess } from "~/server/domain/file/file-access";
import { fileResponseHeaders } from "~/server/edge/file-headers";
import { logger } from "~/server/observability/logger";
import { variantKey } from "~/server/storage/file-store";
import { getStorage } from "~/server/storage/get-storage";

export const dynamic = "force-dynamic";

/** A missing id, someone else's file and a pending one all get exactly this. */
function notFound() {
  return Response.json(
    { error: "We couldn't find that file. It may have been removed, or it isn't shared with you." },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

/** `?w=<width>`: a resized copy when one was made at that width; otherwise the original. */
function widthOf(request: Request, variants: number[] | null) {
  const asked = Number(new URL(request.url).searchParams.get("w"));
  return Number.isInteger(asked) && variants?.includes(asked) ? asked : null;
}

/**
 * Serves a stored file to whoever `fileAccess` allows: streamed from the local folder, or a
 * redirect to a short-lived presigned URL of the bucket that carries the same type and
 * disposition. The headers make sure no file is ever run as a page of this site.
 */
export async function GET(request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const ctx = await requestContext(request.headers);
  const grant = await fileAccess(ctx.db, ctx.actor, fileId);
  if (!grant) return notFound();
  const { file, audience } = grant;
  const width = widthOf(request, file.variants);
  const key = width ? variantKey(file.storageKey, width) : file.storageKey;
  const headers = fileResponseHeaders({
    name: file.name,
    contentType: width ? "image/webp" : file.contentType,
    audience,
  });
  // A ready file's bytes never change: its id (and the width) names them.
  const etag = `"${file.id}${width ? `-w${width}` : ""}"`;
  headers.ETag = etag;
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers });

  const storage = getStorage();
  if (storage.kind === "s3") {
    const url = await storage.presignedDownload(key, {
      contentType: headers["Content-Type"]!,
      contentDisposition: headers["Content-Disposition"]!,
      cacheControl: headers["Cache-Control"]!,
    });
    // The link outlives this answer: a browser may reuse the redirect for a minute.
    return new Response(null, {
      status: 302,
      headers: { Location: url, "Cache-Control": `${audience}, max-age=60` },
    });
  }
  const object = await storage.get(key);
  if (!object) {
    logger.error({ fileId, key, requestId: ctx.request.requestId }, "a ready file has no bytes");
    return notFound();
  }
  return new Response(Readable.toWeb(object.body) as ReadableStream<Uint8Array>, {
    headers: { ...headers, "Content-Length": String(object.size) },
  });
}
