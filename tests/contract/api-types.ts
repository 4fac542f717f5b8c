import openapiTS, { astToString } from "openapi-typescript";

import { openApiDocument } from "~/server/api/rest/openapi";

const HEADER =
  "/* The REST API's types, generated from /api/v1/openapi.json by `npm run api:types`: do not edit. */\n\n";

/** The types openapi-typescript makes of the document the server serves now. */
export async function apiTypesSource() {
  const document = openApiDocument("http://localhost:3000");
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as never);
  return HEADER + astToString(ast);
}
