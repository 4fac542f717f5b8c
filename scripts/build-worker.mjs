// Bundles scripts/worker.ts into .next/standalone/worker.mjs, beside server.js. Packages are
// bundled in (the standalone node_modules holds only the files the server traced), except the
// ones Next keeps whole there: the server's external packages and native bindings.
import { build } from "esbuild";

await build({
  entryPoints: ["scripts/worker.ts"],
  outfile: ".next/standalone/worker.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["@libsql/*", "libsql", "pino", "@node-rs/*"],
  // Bundled CommonJS packages may call require(): give the ES module one.
  banner: {
    // A name of its own: a bundled library may import createRequire itself (fflate does).
    js: 'import { createRequire as __guildCreateRequire } from "node:module"; const require = __guildCreateRequire(import.meta.url);',
  },
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
