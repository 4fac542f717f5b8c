// Bundles scripts/worker.ts into .next/standalone/worker.mjs, beside server.js: its packages
// come from the standalone node_modules (the server uses each of them too).
import { build } from "esbuild";

await build({
  entryPoints: ["scripts/worker.ts"],
  outfile: ".next/standalone/worker.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  conditions: ["react-server"],
  tsconfig: "tsconfig.json",
  logLevel: "warning",
  plugins: [
    {
      // `server-only` only guards against browser bundles; outside React it would throw.
      name: "server-only",
      setup(build) {
        build.onResolve({ filter: /^server-only$/ }, () => ({
          path: "server-only",
          namespace: "empty",
        }));
        build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
      },
    },
  ],
});
console.log("Worker ready: node .next/standalone/worker.mjs");
