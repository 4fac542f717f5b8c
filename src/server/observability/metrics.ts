import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * Prometheus metrics for the whole process. The proxy, route handlers and instrumentation
 * are bundled separately and each get their own copy of this module, so the registry lives
 * on globalThis: one registry, one set of series, whoever records.
 */
function createMetrics() {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "guild" });
  collectDefaultMetrics({ register: registry });
  const durationBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  return {
    registry,
    httpRequests: new Counter({
      name: "guild_http_requests_total",
      help: "HTTP requests by route class and status",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "guild_http_request_duration_seconds",
      help: "HTTP request duration by route class and status",
      labelNames: ["route", "method", "status"] as const,
      buckets: durationBuckets,
      registers: [registry],
    }),
    procedureDuration: new Histogram({
      name: "guild_trpc_procedure_duration_seconds",
      help: "tRPC procedure duration by procedure and result code",
      labelNames: ["procedure", "type", "code"] as const,
      buckets: durationBuckets,
      registers: [registry],
    }),
    procedureErrors: new Counter({
      name: "guild_trpc_procedure_errors_total",
      help: "tRPC procedure errors by procedure and code",
      labelNames: ["procedure", "code"] as const,
      registers: [registry],
    }),
    rateLimitDecisions: new Counter({
      name: "guild_rate_limit_decisions_total",
      help: "Rate-limit decisions by policy and outcome (allowed, limited, store_error)",
      labelNames: ["policy", "outcome"] as const,
      registers: [registry],
    }),
    dbQueryDuration: new Histogram({
      name: "guild_db_query_duration_seconds",
      help: "Database statement, batch and transaction duration",
      labelNames: ["kind"] as const,
      buckets: durationBuckets,
      registers: [registry],
    }),
    jobsEnqueued: new Counter({
      name: "guild_jobs_enqueued_total",
      help: "Jobs enqueued (committed) by name",
      labelNames: ["name"] as const,
      registers: [registry],
    }),
    jobsFinished: new Counter({
      name: "guild_jobs_finished_total",
      help: "Job runs by name and outcome (completed, failed, dead)",
      labelNames: ["name", "outcome"] as const,
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: "guild_job_run_duration_seconds",
      help: "Job run duration by name and outcome",
      labelNames: ["name", "outcome"] as const,
      buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
      registers: [registry],
    }),
    jobQueueDepth: new Gauge({
      name: "guild_jobs_waiting",
      help: "Jobs waiting to run (due now or later) and dead, by state",
      labelNames: ["state"] as const,
      registers: [registry],
      async collect() {
        const figures = await jobFigures();
        if (!figures) return;
        this.set({ state: "due" }, figures.due);
        this.set({ state: "delayed" }, figures.delayed);
        this.set({ state: "dead" }, figures.dead);
      },
    }),
    jobOldestWaiting: new Gauge({
      name: "guild_jobs_oldest_waiting_age_seconds",
      help: "Age of the oldest job that is due and not yet running",
      registers: [registry],
      async collect() {
        const figures = await jobFigures();
        if (figures) this.set(figures.oldestDueAgeSeconds);
      },
    }),
  };
}

export interface JobFigures {
  due: number;
  delayed: number;
  dead: number;
  oldestDueAgeSeconds: number;
}

const FIGURES_KEY = Symbol.for("guild.metrics.jobFigures");
type FiguresSource = () => Promise<JobFigures>;

/** The job engine tells the metrics where to read queue figures (this module is a leaf). */
export function setJobFiguresSource(source: FiguresSource) {
  (globalThis as { [FIGURES_KEY]?: FiguresSource })[FIGURES_KEY] = source;
}

async function jobFigures(): Promise<JobFigures | null> {
  const source = (globalThis as { [FIGURES_KEY]?: FiguresSource })[FIGURES_KEY];
  if (!source) return null;
  try {
    return await source();
  } catch {
    return null;
  }
}

type Metrics = ReturnType<typeof createMetrics>;
const KEY = Symbol.for("guild.metrics");

export function metrics(): Metrics {
  const store = globalThis as { [KEY]?: Metrics };
  store[KEY] ??= createMetrics();
  return store[KEY];
}

/** Few, stable label values: a route class, never a raw path (ids would explode the series). */
export function routeClass(path: string): string {
  if (path.startsWith("/_next/")) return "static";
  if (path.startsWith("/api/trpc/")) return "trpc";
  if (path.startsWith("/api/auth/")) return "auth_api";
  if (path.startsWith("/api/health/")) return "health";
  if (path === "/api/metrics") return "metrics";
  if (path.startsWith("/api/")) return "api";
  if (/^\/(signin|signup|verify-email|forgot-password|reset-password)(\/|$)/.test(path))
    return "auth_page";
  if (/\.[a-z0-9]+$/i.test(path)) return "static";
  return "page";
}
