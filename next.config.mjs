import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

/** @type {import("next").NextConfig} */
const config = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` would log every request a second time: Guild's own request log already does, readably.
  logging: { incomingRequests: false },
  // The libSQL client loads a native binding; keep it out of the server bundle. The tracing SDK
  // and its API stay whole too: one copy of the API for Next's own spans and ours.
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "pino",
    "@vercel/otel",
    "@opentelemetry/api",
  ],
  // The migrator reads drizzle/ at runtime, and /docs serves Swagger UI's files: ship them.
  outputFileTracingIncludes: {
    "/*": [
      "./drizzle/**/*",
      "./node_modules/swagger-ui-dist/swagger-ui-bundle.js",
      "./node_modules/swagger-ui-dist/swagger-ui.css",
    ],
  },
};

/** Settings are validated when a server starts; a build needs no runtime secrets. */
export default async function nextConfig(/** @type {string} */ phase) {
  if (phase !== PHASE_PRODUCTION_BUILD) await import("./src/env.js");
  return config;
}
