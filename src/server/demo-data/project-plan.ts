import type { projects, projectSkills } from "~/server/db/schema/projects";
import type { contracts, milestones, reviews } from "~/server/db/schema/contracts";
import type { proposals } from "~/server/db/schema/proposals";
import type { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import type { ProjectDuration } from "~/shared/schemas/project";
import { slugify } from "./catalogue";
import { planContractWork } from "./contract-work";
import { demoScenarios, type DemoScenario } from "./demo-scenarios";
import { planHiring } from "./hiring";
import { poolAt, type Pool } from "./people";
import { planBrief, type ProjectBrief } from "./project-brief";
import { randomFor, seedId, type Random } from "./random";
import { planTimesheet } from "./timesheet-work";
import { type ProjectStatus } from "~/shared/statuses";

/**
 * One project and everything that happened on it: its brief, the proposals it drew, and for a
 * hired project the contract, its milestones (fixed price) or timesheet (hourly) and the reviews. Each project has its own random
 * stream, so project 17 is the same in a 50-project seed and in a 100,000-project one.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const currencies = ["USD", "USD", "USD", "USD", "EUR", "EUR", "GBP"] as const;

/** How long the work takes once someone is hired, in days. */
const workDays: Record<ProjectDuration, [number, number]> = {
  under_1_week: [3, 7],
  "1_to_4_weeks": [7, 28],
  "1_to_3_months": [30, 90],
  "3_to_6_months": [90, 180],
  over_6_months: [180, 300],
};

/** Milliseconds since the epoch: when each step of a project's life happened. */
export interface Timeline {
  createdAt: number;
  publishedAt: number | null;
  /** When the project stopped taking proposals (hired or cancelled), or now while it is open. */
  closedAt: number;
  hiredAt: number | null;
  /** When the contract completed or was ended. */
  finishedAt: number | null;
  updatedAt: number;
}

/** Dates are drawn backwards from `now`, so nothing but deadlines and due dates is in the future. */
function timelineFor(
  rng: Random,
  status: ProjectStatus,
  duration: ProjectDuration,
  now: number,
  hiredDaysAgo?: number,
): Timeline {
  const [minWork, maxWork] = workDays[duration];
  const notHired = { hiredAt: null, finishedAt: null };
  const hired = (publishedAt: number, hiredAt: number, finishedAt: number | null) => ({
    createdAt: publishedAt - rng.int(10 * MINUTE, 2 * DAY),
    publishedAt,
    closedAt: hiredAt,
    hiredAt,
    finishedAt,
    updatedAt: finishedAt ?? hiredAt,
  });
  switch (status) {
    case "draft": {
      const createdAt = now - rng.int(HOUR, 45 * DAY);
      const updatedAt = rng.int(createdAt, now);
      return { createdAt, publishedAt: null, closedAt: updatedAt, updatedAt, ...notHired };
    }
    case "open": {
      const publishedAt = now - rng.int(HOUR, 45 * DAY);
      const createdAt = publishedAt - rng.int(10 * MINUTE, 2 * DAY);
      return { createdAt, publishedAt, closedAt: now, updatedAt: publishedAt, ...notHired };
    }
    case "in_progress": {
      const hiredAt =
        hiredDaysAgo === undefined
          ? now - rng.int(DAY, Math.min(maxWork, 120) * DAY)
          : now - hiredDaysAgo * DAY - rng.int(HOUR, 6 * HOUR);
      return hired(hiredAt - rng.int(2 * DAY, 21 * DAY), hiredAt, null);
    }
    case "completed": {
      const finishedAt = now - rng.int(DAY, 180 * DAY);
      const hiredAt = finishedAt - rng.int(minWork * DAY, maxWork * DAY);
      return hired(hiredAt - rng.int(2 * DAY, 21 * DAY), hiredAt, finishedAt);
    }
    case "cancelled": {
      const createdAt = now - rng.int(3 * DAY, 200 * DAY);
      const publishedAt = rng.chance(0.6) ? createdAt + rng.int(10 * MINUTE, 2 * DAY) : null;
      const cancelledAt = Math.min(now, (publishedAt ?? createdAt) + rng.int(DAY, 20 * DAY));
      return { createdAt, publishedAt, closedAt: cancelledAt, updatedAt: cancelledAt, ...notHired };
    }
  }
}

function statusFor(rng: Random): ProjectStatus {
  return rng.weighted({ open: 52, draft: 6, in_progress: 16, completed: 18, cancelled: 8 });
}

function roundTo(value: number, step: number) {
  return Math.max(step, Math.round(value / step) * step);
}

/** The id of project `index`: the same in every seed. */
export const projectIdAt = (index: number) => seedId(`project:${index}`);

export interface ProjectPlan {
  /** Who posted it and which template it was written from (not a row: for tests and counts). */
  brief: ProjectBrief;
  project: typeof projects.$inferInsert;
  tags: (typeof projectSkills.$inferInsert)[];
  proposals: (typeof proposals.$inferInsert)[];
  contract: typeof contracts.$inferInsert | null;
  milestones: (typeof milestones.$inferInsert)[];
  weeks: (typeof timesheetWeeks.$inferInsert)[];
  timeEntries: (typeof timeEntries.$inferInsert)[];
  reviews: (typeof reviews.$inferInsert)[];
}

export function planProject(
  index: number,
  market: { pool: Pool; skillIdBySlug: Map<string, number>; now: number },
): ProjectPlan {
  const { pool, now } = market;
  const rng = randomFor(`project:${index}`);
  const scenario: DemoScenario | undefined = demoScenarios[index];
  const available = poolAt(pool, index);

  const brief = planBrief(index, pool, scenario);
  const { template, title, description, deliverables, clientId } = brief;

  const currency = rng.pick(currencies);
  const [low, high] = template.band;
  const step = template.budgetType === "hourly" ? 5 : 100;
  const min = roundTo(low + rng.next() * (high - low) * 0.5, step);
  const max = Math.max(min, roundTo(min + rng.next() * (high - min), step));
  const status = scenario?.status ?? statusFor(rng);
  const timeline = timelineFor(rng, status, template.duration, now, scenario?.hiredDaysAgo);
  const stillPlanning = status === "draft" || status === "open";
  const deadline = rng.chance(0.3)
    ? stillPlanning
      ? now + rng.int(14, 120) * DAY
      : (timeline.publishedAt ?? timeline.createdAt) + rng.int(30, 150) * DAY
    : null;
  const id = projectIdAt(index);

  const project: typeof projects.$inferInsert = {
    id,
    clientId,
    title,
    description,
    status,
    budgetType: template.budgetType,
    budgetMinMinor: min * 100,
    budgetMaxMinor: max * 100,
    currency,
    experienceLevel: template.level,
    duration: template.duration,
    deadline: deadline === null ? null : new Date(deadline),
    publishedAt: timeline.publishedAt === null ? null : new Date(timeline.publishedAt),
    createdAt: new Date(timeline.createdAt),
    updatedAt: new Date(timeline.updatedAt),
  };
  const skillIds = template.skills.flatMap((name) => market.skillIdBySlug.get(slugify(name)) ?? []);
  const tags = skillIds.map((skillId) => ({ projectId: id, skillId }));

  const hiring = planHiring(rng, {
    index,
    project: { id, clientId, title, status, currency, min, max, budgetType: template.budgetType },
    duration: template.duration,
    skillIds,
    skillNames: template.skills,
    brief: { category: template.category, deliverables },
    timeline,
    scenario,
    pool,
    freelancersAvailable: available.freelancers,
    ended: scenario ? scenario.ended === true : rng.chance(0.2),
  });
  const work = hiring.contract
    ? planContractWork(rng, {
        index,
        contract: hiring.contract,
        titles: deliverables,
        category: template.category,
        budgetType: template.budgetType,
        scenario,
        now,
      })
    : { milestones: [], reviews: [] };
  // Its own stream, so timesheets never reshuffle what the project drew before them.
  const timesheet = hiring.contract
    ? planTimesheet(randomFor(`timesheet:${index}`), {
        index,
        contract: hiring.contract,
        deliverables,
        scenario,
        now,
      })
    : { weeks: [], entries: [] };

  return {
    brief,
    project,
    tags,
    proposals: hiring.proposals,
    contract: hiring.contract,
    ...work,
    weeks: timesheet.weeks,
    timeEntries: timesheet.entries,
  };
}
