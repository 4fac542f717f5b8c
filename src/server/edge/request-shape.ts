/**
 * What a request must look like before the framework parses it. Next answers some malformed
 * requests with a 500 from deep inside its own handling (a broken percent-escape in a dynamic
 * route, TRACE, a server-action body it cannot decode), so the edge refuses them first, with
 * a 4xx and the usual small error body. Guild has no server actions: its writes are tRPC
 * procedures and a few route handlers, so a `Next-Action` request is never legitimate.
 */

/** The largest body any route accepts; tRPC inputs are far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type ShapeRefusal =
  { status: 400 | 405 | 413; message: string; allow?: string } | { status: 303; location: string };

/** Methods per route family; everything else (pages) is GET and HEAD only. */
const METHODS: [prefix: string, methods: string[]][] = [
  ["/api/trpc/", ["GET", "POST"]],
  ["/api/v1/", ["GET", "POST", "PATCH", "PUT", "DELETE"]],
  ["/api/auth/", ["GET", "POST"]],
  ["/api/sign-out", ["POST"]],
  ["/api/", ["GET", "HEAD"]],
];

function allowedMethods(path: string) {
  return METHODS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? ["GET", "HEAD"];
}

function decodesCleanly(path: string) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

export function refuseMalformed(request: {
  method: string;
  /** The path as it arrived, still percent-encoded. */
  rawPath: string;
  search: string;
  headers: Headers;
}): ShapeRefusal | null {
  const { method, rawPath, headers } = request;
  if (headers.has("next-action"))
    return { status: 400, message: "This site does not accept server actions." };
  if (!decodesCleanly(rawPath)) return { status: 400, message: "This address is not valid." };
  const length = Number(headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES)
    return { status: 413, message: "This request is too large." };

  const allowed = allowedMethods(rawPath);
  if (allowed.includes(method)) return null;
  // A form submitted before its page became interactive: show the page again, never an error.
  if (
    method === "POST" &&
    FORM_TYPES.test(headers.get("content-type") ?? "") &&
    !rawPath.startsWith("/api/")
  )
    // One leading slash: `//evil.example` would be another site.
    return { status: 303, location: `/${rawPath.replace(/^[/\\]+/, "")}${request.search}` };
  return { status: 405, message: "This method is not allowed here.", allow: allowed.join(", ") };
}
