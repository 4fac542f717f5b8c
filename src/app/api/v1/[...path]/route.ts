import { handleRest } from "~/server/api/rest/handler";

/** The REST API: see src/server/api/rest/handler.ts and /api/v1/openapi.json. */
export const dynamic = "force-dynamic";

export {
  handleRest as GET,
  handleRest as POST,
  handleRest as PATCH,
  handleRest as PUT,
  handleRest as DELETE,
};
