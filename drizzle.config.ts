import { defineConfig } from "drizzle-kit";

// drizzle-kit runs outside Next, so it reads the same two variables src/env.js validates.
const url = process.env.DATABASE_URL ?? "file:./data/guild.db";
const authToken = process.env.DATABASE_AUTH_TOKEN;

export default defineConfig({
  dialect: "turso",
  schema: "./src/server/db/schema/index.ts",
  out: "./drizzle",
  dbCredentials: { url, authToken },
  strict: true,
  verbose: true,
});
