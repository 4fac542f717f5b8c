// Plain Playwright `test`, not ./test's: these tests speak HTTP and open no pages whose
// console could report CSP violations (signing in is a helper's short-lived context).
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";

import { apiRoutes, isDynamic, pageRoutes, pathFor } from "./hostile/app-routes";
import { cookieProbes } from "./hostile/cookie-probes";
import { expectNoFailures } from "./hostile/failure-report";
import {
  findServerActions,
  frameworkHeaderProbes,
  methodProbes,
  serverActionProbes,
} from "./hostile/framework-probes";
import { pathProbes, queryProbes } from "./hostile/page-probes";
import { prepareSweep, ROLES } from "./hostile/sweep-setup";
import { sweep, tally, type Probe } from "./hostile/sweep";
import { batchProbes, procedureProbes, unknownProcedureProbes } from "./hostile/trpc-probes";
import { trpcProcedures } from "./hostile/trpc-procedures";

/**
 * A standing adversarial sweep over HTTP against the production server: every page route
 * (from src/app), every tRPC procedure (from the routers), the server actions the pages ship
 * and Next's own inputs get hostile path segments, query strings, bodies, methods and
 * cookies. Whatever arrives, the answer is never a 5xx, never leaks a stack trace, a
 * not-found page is a 404, and a signed-in answer is never cacheable. Everything is
 * discovered at run time, so a new page or procedure is swept without editing this file.
 * It only reads and refuses: it can run beside the other specs against the same server.
 */

const routes = pageRoutes();
const apis = apiRoutes();
const procedures = trpcProcedures();
// Each sweep takes 5-60 s here; the margin is for a machine shared with other test runs.
const SWEEP_TIMEOUT_MS = 180_000;

const prepare = (browser: Browser, request: APIRequestContext, baseURL: string) =>
  prepareSweep(browser, request, baseURL, routes);

async function run(request: APIRequestContext, baseURL: string, probes: Probe[]) {
  await expectNoFailures(test.info(), probes, await sweep(request, baseURL, probes));
}

test.describe("hostile input", () => {
  test.describe.configure({ timeout: SWEEP_TIMEOUT_MS });

  // Anonymous gets every hostile value; a signed-in viewer the core ones (hostile-values.ts).
  for (const viewer of ["anonymous", ...ROLES] as const) {
    const depth = viewer === "anonymous" ? "full" : "core";

    test(`every page answers real and hostile ids with its page: ${viewer}`, async ({
      browser,
      request,
      baseURL,
    }) => {
      const { viewers, ids } = await prepare(browser, request, baseURL!);
      await run(request, baseURL!, pathProbes(routes, ids, viewers[viewer], depth));
    });

    test(`every page answers hostile query strings with its page: ${viewer}`, async ({
      browser,
      request,
      baseURL,
    }) => {
      const { viewers, ids } = await prepare(browser, request, baseURL!);
      await run(request, baseURL!, queryProbes(routes, ids, viewers[viewer], depth));
    });
  }

  test("a malformed session cookie is no cookie: pages render signed out, procedures answer as for anyone", async ({
    browser,
    request,
    baseURL,
  }) => {
    const { viewers, ids } = await prepare(browser, request, baseURL!);
    const probes = await cookieProbes(request, baseURL!, routes, ids, viewers.client.cookie);
    await run(request, baseURL!, probes);
  });

  test("every tRPC procedure refuses garbage, odd batches and unknown names with a 4xx: anonymous", async ({
    browser,
    request,
    baseURL,
  }) => {
    const { viewers } = await prepare(browser, request, baseURL!);
    await run(request, baseURL!, [
      ...procedureProbes(procedures, viewers.anonymous),
      ...batchProbes(procedures, viewers.anonymous),
      ...unknownProcedureProbes(viewers.anonymous),
    ]);
  });

  test("every tRPC procedure refuses garbage with a 4xx, and answers privately: signed in", async ({
    browser,
    request,
    baseURL,
  }) => {
    const { viewers } = await prepare(browser, request, baseURL!);
    await run(
      request,
      baseURL!,
      ROLES.flatMap((role) => [
        ...procedureProbes(procedures, viewers[role]),
        ...batchProbes(procedures, viewers[role]),
      ]),
    );
  });

  test("server actions refuse garbage bodies and made-up ids without a 5xx", async ({
    browser,
    request,
    baseURL,
  }) => {
    const { viewers } = await prepare(browser, request, baseURL!);
    const staticPages = routes.filter((route) => !isDynamic(route));
    const actions = await findServerActions(
      request,
      baseURL!,
      staticPages.map((route) => pathFor(route, {})),
      Object.values(viewers).map((viewer) => viewer.cookie),
    );
    // None found is fine (an app may have none): made-up ids still go to Next's action handler.
    console.log(`[hostile-input] server actions found in the pages: ${actions.length}`);
    await run(request, baseURL!, serverActionProbes(actions));
  });

  test("odd methods, and garbage in Next's own headers and paths, never get a 5xx", async ({
    browser,
    request,
    baseURL,
  }) => {
    const { ids } = await prepare(browser, request, baseURL!);
    await run(request, baseURL!, [
      ...methodProbes(routes, apis, ids),
      ...frameworkHeaderProbes(routes, ids),
    ]);
  });

  test.afterAll(async ({ request, baseURL }) => {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    console.log(
      `[hostile-input] ${total} requests in this worker:\n` +
        [...tally].map(([kind, n]) => `  ${String(n).padStart(5)}  ${kind}`).join("\n"),
    );
    // After all of that, the server still serves.
    expect((await request.get(`${baseURL}/api/health/ready`)).status()).toBe(200);
    const projects = await request.get(`${baseURL}/projects`);
    expect(projects.status()).toBe(200);
    expect(await projects.text()).toContain("Open projects");
  });
});
