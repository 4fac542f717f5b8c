import { benchAdminOverview } from "./admin-overview";
import { benchFiles } from "./files";
import { benchJobs } from "./jobs";
import { benchLedger } from "./ledger";
import { benchLighthouse } from "./lighthouse";
import { benchListOpenProjects } from "./list-open-projects";
import { benchMarketplaceQueries } from "./marketplace-queries";
import { benchMessages } from "./messages";
import { benchPageWeight } from "./page-weight";
import { benchProxyOverhead } from "./proxy-overhead";
import { benchSearchHttp } from "./search-http";
import { benchSessionCheck } from "./session-check";
import { benchWriteHttp } from "./write-http";

/**
 * `npm run bench`: every benchmark, each printing its figures and its ratio to a same-run
 * baseline. The proxy, search, pages and lighthouse benchmarks run the production build:
 * `npm run build` first.
 * `BENCH_ONLY=search,proxy` runs only the benchmarks named.
 */
const benches = {
  list: benchListOpenProjects,
  session: benchSessionCheck,
  proxy: benchProxyOverhead,
  search: benchSearchHttp,
  queries: benchMarketplaceQueries,
  writes: benchWriteHttp,
  jobs: benchJobs,
  messages: benchMessages,
  ledger: benchLedger,
  files: benchFiles,
  overview: benchAdminOverview,
  pages: benchPageWeight,
  lighthouse: benchLighthouse,
};

const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const unknown = only?.filter((name) => !(name in benches)) ?? [];
if (unknown.length) {
  throw new Error(
    `BENCH_ONLY: unknown ${unknown.join(", ")} (known: ${Object.keys(benches).join(", ")})`,
  );
}
for (const [name, bench] of Object.entries(benches)) {
  if (!only || only.includes(name)) await bench();
}
