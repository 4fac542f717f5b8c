import { benchListOpenProjects } from "./list-open-projects";
import { benchSessionCheck } from "./session-check";

/** `npm run bench`: every benchmark, each printing its figures and its ratio to a same-run baseline. */
await benchListOpenProjects();
await benchSessionCheck();
