import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * Every setting Guild reads, validated once at start. Only this file may read
 * `process.env` (lint enforces it); `.env.example` documents each variable.
 */

const flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

const isProduction = process.env.NODE_ENV === "production";
// A build needs no runtime secrets: images are built once and configured where they run.
const isBuild = process.env.NEXT_PHASE === "phase-production-build";
const demoMode = process.env.GUILD_DEMO_MODE === "true" || process.env.GUILD_DEMO_MODE === "1";

// Production needs real secrets; the explicit demo mode (and a build) runs without them.
const strictProduction = isProduction && !demoMode && !isBuild;

const secretRequired =
  "is required in production (at least 32 characters, e.g. `openssl rand -base64 32`); set GUILD_DEMO_MODE=true only for a throwaway demo";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** `file:` path for the embedded database, or `libsql://`/`https://` for remote Turso. */
    DATABASE_URL: z
      .string()
      .regex(/^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/)/, {
        message: "must start with file:, libsql://, http(s):// or ws(s)://",
      })
      .default("file:./data/guild.db"),
    DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
    /** With a `file:` DATABASE_URL: make it an embedded replica that syncs from this Turso URL. */
    DATABASE_SYNC_URL: z
      .string()
      .regex(/^(libsql:\/\/|https?:\/\/|wss?:\/\/)/, {
        message: "must be a libsql://, http(s):// or ws(s):// URL",
      })
      .optional(),
    DATABASE_SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** Where drizzle-kit's migrations live; the standalone server carries its own copy. */
    MIGRATIONS_DIR: z.string().min(1).default("drizzle"),
    /** Runs a production build with demo data and the public development secret. Never for real users. */
    GUILD_DEMO_MODE: flag,
    /** Seed demo data into an empty database at start (default: on in development and demo mode). */
    SEED_DEMO_DATA: z
      .enum(["true", "false", "1", "0"])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === "true" || value === "1")),
    AUTH_SECRET: strictProduction
      ? z.string({ error: secretRequired }).min(32, { error: secretRequired })
      : z.string().min(32).optional(),
    /** The public origin, used in links sent by email. Required in production (see APP_URL below). */
    APP_URL: strictProduction
      ? z.url({
          error: "is required in production: the public origin, e.g. https://guild.example.com",
        })
      : z.url().optional(),
    /** GitHub OAuth sign-in (optional): both or neither. */
    AUTH_GITHUB_ID: z.string().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().min(1).optional(),
    /** SMTP server for outgoing mail, e.g. smtps://user:pass@smtp.example.com:465. Unset: mail goes to files. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: "must start with smtp:// or smtps://" })
      .optional(),
    MAIL_FROM: z.string().min(3).default("Guild <no-reply@guild.localhost>"),
    /** Without SMTP_URL, each message is written here as an .eml file. */
    MAIL_OUTBOX_DIR: z.string().min(1).default("data/outbox"),
    /** How many reverse proxies in front of the app append to X-Forwarded-For (0: trust none). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
  },
  client: {},
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_AUTH_TOKEN: process.env.DATABASE_AUTH_TOKEN,
    DATABASE_SYNC_URL: process.env.DATABASE_SYNC_URL,
    DATABASE_SYNC_INTERVAL_SECONDS: process.env.DATABASE_SYNC_INTERVAL_SECONDS,
    MIGRATIONS_DIR: process.env.MIGRATIONS_DIR,
    GUILD_DEMO_MODE: process.env.GUILD_DEMO_MODE,
    SEED_DEMO_DATA: process.env.SEED_DEMO_DATA,
    AUTH_SECRET: process.env.AUTH_SECRET,
    APP_URL: process.env.APP_URL,
    AUTH_GITHUB_ID: process.env.AUTH_GITHUB_ID,
    AUTH_GITHUB_SECRET: process.env.AUTH_GITHUB_SECRET,
    SMTP_URL: process.env.SMTP_URL,
    MAIL_FROM: process.env.MAIL_FROM,
    MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS,
    LOG_LEVEL: process.env.LOG_LEVEL,
  },
  skipValidation: process.env.SKIP_ENV_VALIDATION === "true",
  emptyStringAsUndefined: true,
  onValidationError: (issues) => {
    const lines = issues.map((issue) => {
      const name = issue.path?.map(String).join(".") ?? "(unknown)";
      return `  ${name}: ${issue.message}`;
    });
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  },
  createFinalSchema: (shape) =>
    z.object(shape).superRefine((values, ctx) => {
      if (Boolean(values.AUTH_GITHUB_ID) !== Boolean(values.AUTH_GITHUB_SECRET)) {
        ctx.addIssue({
          code: "custom",
          path: ["AUTH_GITHUB_SECRET"],
          message: "AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together",
        });
      }
    }),
});
