import { Readable } from "node:stream";

import { requestContext } from "~/server/auth/request-context";
import { downloadableExport } from "~/server/domain/privacy/data-exports";
import { fileResponseHeaders } from "~/server/edge/file-headers";
import { getStorage } from "~/server/storage/get-storage";

export const dynamic = "force-dynamic";

/** Someone else's export, a missing one and an expired one all get exactly this. */
function notFound() {
  return Response.json(
    {
      error: "We couldn't find that export. It may have expired: ask for a new copy of your data.",
    },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * A person's data export, to them only, while it has not expired: a zip, always downloaded,
 * never cached by anyone but their own browser (and not even there).
 */
export async function GET(request: Request, { params }: { params: Promise<{ exportId: string }> }) {
  const { exportId } = await params;
  const ctx = await requestContext(request.headers);
  const found = await downloadableExport(ctx.db, ctx.actor, exportId);
  if (!found) return notFound();
  const day = found.createdAt.toISOString().slice(0, 10);
  const headers: Record<string, string> = {
    ...fileResponseHeaders({
      name: `guild-data-${day}.zip`,
      contentType: "application/zip",
      audience: "private",
    }),
    "Cache-Control": "private, no-store",
  };
  const storage = getStorage();
  if (storage.kind === "s3") {
    const url = await storage.presignedDownload(found.storageKey, {
      contentType: headers["Content-Type"]!,
      contentDisposition: headers["Content-Disposition"]!,
      cacheControl: headers["Cache-Control"]!,
    });
    return new Response(null, {
      status: 302,
      headers: { Location: url, "Cache-Control": "no-store" },
    });
  }
  const object = await storage.get(found.storageKey);
  if (!object) return notFound();
  return new Response(Readable.toWeb(object.body) as ReadableStream<Uint8Array>, {
    headers: { ...headers, "Content-Length": String(object.size) },
  });
}
