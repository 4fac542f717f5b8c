import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^~\/(.*)$/, replacement: `${root}/src/$1` },
      // `server-only` throws outside React Server Components; tests run server code directly.
      {
        find: /^server-only$/,
        replacement: `${root}/tests/helpers/empty-module.ts`,
      },
    ],
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    setupFiles: ["tests/helpers/setup-env.ts"],
    // Each file gets its own process and its own temp database.
    pool: "forks",
    // Generous: a loaded two-core CI runner seeds and hashes several times slower than a quiet one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
