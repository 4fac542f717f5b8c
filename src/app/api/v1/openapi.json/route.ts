import { env } from "~/env";
import { openApiDocument } from "~/server/api/rest/openapi";

/** The OpenAPI 3.1 document of the REST API. */
export function GET(request: Request) {
  const base = env.APP_URL ?? new URL(request.url).origin;
  return Response.json(openApiDocument(base.replace(/\/$/, "")), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
