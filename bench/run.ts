import { benchListOpenProjects } from "./list-open-projects";
import { benchProxyOverhead } from "./proxy-overhead";
import { benchSessionCheck } from "./session-check";

/**
 * `npm run bench`: every benchmark, each printing its figures and its ratio to a same-run
 * baseline. The proxy benchmark runs the production build: `npm run build` first.
 */
await benchListOpenProjects();
await benchSessionCheck();
await benchProxyOverhead();
