import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Swagger UI's own files, from the installed `swagger-ui-dist` (shipped with the standalone
 * server, see next.config.js), and the few lines that start it. Nothing else is served here.
 */
const INIT = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
  });
});
`;

const served: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const headers = { "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" };
  if (file === "init.js")
    return new Response(INIT, {
      headers: { ...headers, "Content-Type": "text/javascript; charset=utf-8" },
    });
  const type = served[file];
  if (!type) return new Response("Not found", { status: 404 });
  const body = await readFile(
    path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "swagger-ui-dist", file),
  );
  return new Response(new Uint8Array(body), { headers: { ...headers, "Content-Type": type } });
}
