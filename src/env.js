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
    /** Runs a production build with demo data (and a generated secret when AUTH_SECRET is unset). Never for real users. */
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
    /** Where people write for help: named in security notices and on the Terms and Privacy pages. */
    SUPPORT_EMAIL: z.email().default("support@guild.example"),
    /** Without SMTP_URL, each message is written here as an .eml file. */
    MAIL_OUTBOX_DIR: z.string().min(1).default("data/outbox"),
    /** Where uploaded files live without S3: default `files` beside a `file:` database, else `data/files`. */
    FILES_DIR: z.string().min(1).optional(),
    /** The largest file anyone may upload, in bytes (images for avatars and portfolios: at most 5 MB). */
    FILES_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .default(25 * 1024 * 1024),
    /** clamd to scan each upload before it is kept, e.g. tcp://clamav:3310. Unset: no scan. */
    CLAMAV_URL: z
      .string()
      .regex(/^tcp:\/\/[^/:]+:\d{1,5}$/, { message: "must look like tcp://host:3310" })
      .optional(),
    /** Keep files in this S3-compatible bucket instead of FILES_DIR. */
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    /** An S3-compatible service (MinIO, R2, Garage…); unset for AWS itself. Path-style addressing follows. */
    S3_ENDPOINT: z.url().optional(),
    /** Both or neither: unset, the SDK finds credentials itself (instance role, AWS_* variables). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** How many reverse proxies in front of the app append to X-Forwarded-For (0: trust none). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Self-hosted Redis for rate limits shared by several instances, e.g. redis://redis:6379. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, { message: "must start with redis:// or rediss://" })
      .optional(),
    /** The job engine: `embedded` (jobs in the database, worked in the server) or `bullmq` (on REDIS_URL). Default: bullmq when REDIS_URL is set. */
    JOBS_DRIVER: z.enum(["embedded", "bullmq"]).optional(),
    /** Whether this server process also works jobs (default true; set false when `npm run worker` processes do it). */
    JOBS_INLINE: z
      .enum(["true", "false", "1", "0"])
      .optional()
      .transform((value) => value === undefined || value === "true" || value === "1"),
    /** Jobs one process runs at once. */
    JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    /** How long a claimed job is held for its worker before another may take it (renewed while it runs). */
    JOBS_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
    /** How often an idle embedded worker looks for due jobs. */
    JOBS_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
    /** The first retry's delay; each next one doubles, with jitter, up to 15 minutes. */
    JOBS_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(10_000),
    /** Upstash Redis over REST (serverless, multi-region); wins over REDIS_URL. */
    UPSTASH_REDIS_REST_URL: z.url().optional(),
    UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
    /** Rate-limit overrides, e.g. "reads=1200/1m,signInAccount=10/15m" (see src/server/edge/rate-limit-policies.ts). */
    RATE_LIMITS: z
      .string()
      .regex(/^\s*[A-Za-z]+=\d+\/\d+[smh]\s*(,\s*[A-Za-z]+=\d+\/\d+[smh]\s*)*$/, {
        message: 'must look like "reads=600/1m,signInAccount=5/15m"',
      })
      .optional(),
    /** Bearer token for GET /api/metrics; unset, only loopback clients may read metrics. */
    METRICS_TOKEN: z.string().min(16).optional(),
    /** Benchmarks only: skip the proxy's rate limits and headers to measure what they cost. */
    PROXY_DISABLED: flag,
    /** On SIGTERM/SIGINT, how long to let requests and deferred work finish; keep it below the platform's grace period. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(8_000),
    /** Who moves money: `sandbox` (built in, test cards, no network; refused in production outside demo mode) or `stripe`. */
    PAYMENTS_PROVIDER: z.enum(["sandbox", "stripe"]).default("sandbox"),
    /** Stripe's secret key (sk_live_… or sk_test_…); required with PAYMENTS_PROVIDER=stripe. */
    STRIPE_SECRET_KEY: z.string().min(8).optional(),
    /** The signing secret of the webhook endpoint /api/webhooks/stripe (whsec_…). */
    STRIPE_WEBHOOK_SECRET: z.string().min(8).optional(),
    /** Stripe's publishable key (pk_…) for the card element in the browser. */
    STRIPE_PUBLISHABLE_KEY: z.string().min(8).optional(),
    /** The platform fee on released money, in basis points (1000 = 10 %). */
    PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(5000).default(1000),
    /** Days after a submission until an unanswered milestone is released by itself. */
    AUTO_RELEASE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    /** Tests and local development only: lets webhooks go to loopback (and plain http). Refused in production. */
    WEBHOOKS_ALLOW_LOOPBACK: flag,
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    /**
     * Turns tracing on: OpenTelemetry spans go to this OTLP/HTTP collector (`/v1/traces` is
     * added). Unset, no SDK is loaded. The SDK reads the other OTEL_* variables itself.
     */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
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
    SUPPORT_EMAIL: process.env.SUPPORT_EMAIL,
    MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR,
    FILES_DIR: process.env.FILES_DIR,
    FILES_MAX_BYTES: process.env.FILES_MAX_BYTES,
    CLAMAV_URL: process.env.CLAMAV_URL,
    S3_BUCKET: process.env.S3_BUCKET,
    S3_REGION: process.env.S3_REGION,
    S3_ENDPOINT: process.env.S3_ENDPOINT,
    S3_ACCESS_KEY_ID: process.env.S3_ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: process.env.S3_SECRET_ACCESS_KEY,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS,
    REDIS_URL: process.env.REDIS_URL,
    JOBS_DRIVER: process.env.JOBS_DRIVER,
    JOBS_INLINE: process.env.JOBS_INLINE,
    JOBS_CONCURRENCY: process.env.JOBS_CONCURRENCY,
    JOBS_LEASE_MS: process.env.JOBS_LEASE_MS,
    JOBS_POLL_MS: process.env.JOBS_POLL_MS,
    JOBS_BACKOFF_MS: process.env.JOBS_BACKOFF_MS,
    UPSTASH_REDIS_REST_URL: process.env.UPSTASH_REDIS_REST_URL,
    UPSTASH_REDIS_REST_TOKEN: process.env.UPSTASH_REDIS_REST_TOKEN,
    RATE_LIMITS: process.env.RATE_LIMITS,
    METRICS_TOKEN: process.env.METRICS_TOKEN,
    PROXY_DISABLED: process.env.PROXY_DISABLED,
    SHUTDOWN_TIMEOUT_MS: process.env.SHUTDOWN_TIMEOUT_MS,
    PAYMENTS_PROVIDER: process.env.PAYMENTS_PROVIDER,
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET,
    STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY,
    PLATFORM_FEE_BPS: process.env.PLATFORM_FEE_BPS,
    AUTO_RELEASE_DAYS: process.env.AUTO_RELEASE_DAYS,
    WEBHOOKS_ALLOW_LOOPBACK: process.env.WEBHOOKS_ALLOW_LOOPBACK,
    LOG_LEVEL: process.env.LOG_LEVEL,
    OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
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
      if (Boolean(values.S3_ACCESS_KEY_ID) !== Boolean(values.S3_SECRET_ACCESS_KEY)) {
        ctx.addIssue({
          code: "custom",
          path: ["S3_SECRET_ACCESS_KEY"],
          message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together",
        });
      }
      if (values.PAYMENTS_PROVIDER === "stripe") {
        for (const name of /** @type {const} */ (["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"])) {
          if (!values[name])
            ctx.addIssue({
              code: "custom",
              path: [name],
              message: "is required with PAYMENTS_PROVIDER=stripe",
            });
        }
      }
      if (strictProduction && values.WEBHOOKS_ALLOW_LOOPBACK) {
        ctx.addIssue({
          code: "custom",
          path: ["WEBHOOKS_ALLOW_LOOPBACK"],
          message:
            "would let anyone with an account make the server call itself (SSRF) and is refused in production: unset it",
        });
      }
      if (strictProduction && values.PAYMENTS_PROVIDER === "sandbox") {
        ctx.addIssue({
          code: "custom",
          path: ["PAYMENTS_PROVIDER"],
          message:
            "the sandbox moves no real money and is refused in production: set PAYMENTS_PROVIDER=stripe, or GUILD_DEMO_MODE=true for a throwaway demo",
        });
      }
    }),
});
