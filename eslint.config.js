import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
// @ts-expect-error -- eslint-plugin-drizzle publishes no type declarations
import drizzle from "eslint-plugin-drizzle";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "drizzle/**",
      "src/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { drizzle },
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      // An update or delete without `where` rewrites every row: never by accident.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "ctx.db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "ctx.db", "tx"] }],
      "@typescript-eslint/consistent-type-imports": [
        "warn",
        { prefer: "type-imports", fixStyle: "inline-type-imports" },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // The layers hold by themselves (ARCHITECTURE.md): each folder imports only from the ones
    // below it, and nothing imports in a circle.
    files: ["src/**/*.{ts,tsx,js}"],
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/shared",
              from: ["./src/server", "./src/app", "./src/trpc"],
              message:
                "src/shared is used by browser forms and procedures alike: no server or page code.",
            },
            {
              target: ["./src/app/!(api)/**/*", "./src/app/*"],
              from: "./src/server",
              message:
                "Pages and client components reach the server through ~/trpc/server (or tRPC), never ~/server.",
            },
            {
              target: "./src/server/domain",
              from: [
                "./src/server/api",
                "./src/server/auth",
                "./src/server/edge",
                "./src/server/jobs",
                "./src/trpc",
                "./src/app",
                "./src/proxy.ts",
              ],
              message:
                "The domain knows nothing of HTTP, tRPC, NextAuth or pages: it takes an actor and a database.",
            },
            {
              target: [
                "./src/server/db",
                "./src/server/mail",
                "./src/server/events",
                "./src/server/storage",
              ],
              from: [
                "./src/server/domain",
                "./src/server/jobs",
                "./src/server/api",
                "./src/server/auth",
                "./src/server/edge",
                "./src/server/demo-data",
                "./src/trpc",
                "./src/app",
              ],
              message:
                "db, mail, events and storage sit below the domain: they import nothing above them.",
            },
            {
              target: [
                "./src/server/observability",
                "./src/server/crypto",
                "./src/server/shutdown.ts",
              ],
              from: [
                "./src/server/db",
                "./src/server/mail",
                "./src/server/domain",
                "./src/server/api",
                "./src/server/auth",
                "./src/server/edge",
                "./src/server/demo-data",
                "./src/trpc",
                "./src/app",
              ],
              message:
                "observability, crypto and shutdown are leaves: everything may use them, they use nothing of Guild's.",
            },
            {
              target: ["./src/server/auth", "./src/server/edge", "./src/server/demo-data"],
              from: ["./src/server/api", "./src/trpc", "./src/app"],
              message: "auth, edge and the demo data sit below the API and the pages.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "next-auth",
                "next-auth/*",
                "@trpc/*",
                "react",
                "react-dom",
              ],
              message:
                "The domain is framework-free: jobs, scripts and tests call it without a request.",
            },
          ],
        },
      ],
    },
  },
  {
    // Settings are validated once in src/env.js; everything else imports `env` from there.
    files: ["src/**/*.{ts,tsx,js}"],
    ignores: ["src/env.js"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Import `env` from ~/env instead: settings are validated there.",
        },
      ],
    },
  },
  {
    // Next inlines NODE_ENV and NEXT_RUNTIME at build time; they are not settings.
    files: ["src/instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
);
