import { benchListOpenProjects } from "./list-open-projects";

/** `npm run bench`: every benchmark, each printing its figures and its ratio to a same-run baseline. */
await benchListOpenProjects();
