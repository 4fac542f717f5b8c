import type { contracts } from "~/server/db/schema/contracts";
import type { proposals } from "~/server/db/schema/proposals";
import { projectDurations, type BudgetType, type ProjectDuration } from "~/shared/schemas/project";
import { coverLetter } from "./correspondence";
import type { DemoScenario } from "./demo-scenarios";
import type { WorkCategory } from "./organisations";
import type { Pool } from "./people";
import type { Timeline } from "./project-plan";
import { seedId, type Random } from "./random";
import { type ProjectStatus, type ProposalStatus } from "~/shared/statuses";

/**
 * The proposals a project drew and, once someone was hired, the contract. Statuses follow the
 * domain's rules: only freelancers propose, never on a draft; an open project's proposals are
 * undecided, rejected or withdrawn; hiring accepts one and declines the others still open.
 * A contract is of its project's budget type: an hourly one pays the accepted bid per hour,
 * up to a weekly limit, and finishes as `completed` when the client ends it (never `ended`).
 */

const MINUTE = 60_000;

/** A contract as the seed builds it: with its id and start, which its milestones refer to. */
export type SeededContract = typeof contracts.$inferInsert & { id: string; startedAt: Date };

interface HiringInput {
  index: number;
  project: {
    id: string;
    clientId: string;
    title: string;
    status: ProjectStatus;
    currency: string;
    /** Budget band in whole units. */
    min: number;
    max: number;
    budgetType: BudgetType;
  };
  duration: ProjectDuration;
  skillIds: number[];
  skillNames: string[];
  /** What the cover letters speak of. */
  brief: { category: WorkCategory; deliverables: string[] };
  timeline: Timeline;
  scenario: DemoScenario | undefined;
  pool: Pool;
  freelancersAvailable: number;
  /** For a completed project: the client ended the contract early. */
  ended: boolean;
}

function proposalCount(rng: Random, { project, timeline, scenario }: HiringInput) {
  if (scenario?.proposals !== undefined) return scenario.proposals;
  switch (project.status) {
    case "draft":
      return 0;
    case "open":
      return rng.int(0, 6);
    case "cancelled":
      return timeline.publishedAt === null ? 0 : rng.int(0, 3);
    default:
      return rng.int(2, 7);
  }
}

/** How many of the ascending `sorted` are below `limit`: those who had joined by this project. */
function countBelow(sorted: number[], limit: number) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Freelancers who list one of the project's skills, most of the time; anyone otherwise. */
function pickFreelancers(rng: Random, input: HiringInput, count: number) {
  const { pool, freelancersAvailable } = input;
  const chosen = new Set<number>();
  if (input.scenario?.demoProposal) chosen.add(pool.freelancerIds.indexOf(pool.demoFreelancerId));
  for (let attempt = 0; chosen.size < count && attempt < count * 5; attempt++) {
    const holders = pool.freelancersBySkill.get(rng.pick(input.skillIds)) ?? [];
    const joined = countBelow(holders, freelancersAvailable);
    chosen.add(
      joined > 0 && rng.chance(0.85)
        ? (holders[rng.int(0, joined - 1)] as number)
        : rng.int(0, freelancersAvailable - 1),
    );
  }
  return [...chosen].map((i) => pool.freelancerIds[i] as string);
}

function undecidedStatus(rng: Random, input: HiringInput): ProposalStatus {
  switch (input.project.status) {
    case "open":
      return input.scenario?.awaitingDecision
        ? rng.weighted({ submitted: 3, shortlisted: 1 })
        : rng.weighted({ submitted: 11, shortlisted: 4, rejected: 3, withdrawn: 2 });
    case "cancelled":
      return rng.weighted({ declined: 7, withdrawn: 3 });
    default:
      return rng.weighted({ declined: 7, rejected: 2, withdrawn: 1 });
  }
}

function bidFor(rng: Random, { project }: HiringInput) {
  const hourly = project.budgetType === "hourly";
  const step = hourly ? 5 : 50;
  const bid = rng.int(Math.floor(project.min * 0.85), Math.ceil(project.max * 1.1));
  return Math.max(step, Math.round(bid / step) * step) * 100;
}

function estimateFor(rng: Random, duration: ProjectDuration) {
  const guess = projectDurations.indexOf(duration) + (rng.chance(0.7) ? 0 : rng.pick([-1, 1]));
  const within = Math.min(Math.max(guess, 0), projectDurations.length - 1);
  return projectDurations[within] as ProjectDuration;
}

export function planHiring(rng: Random, input: HiringInput) {
  const { project, timeline, scenario, pool } = input;
  const freelancerIds =
    timeline.publishedAt === null ? [] : pickFreelancers(rng, input, proposalCount(rng, input));
  const hired = project.status === "in_progress" || project.status === "completed";
  const demoIndex = freelancerIds.indexOf(pool.demoFreelancerId);
  const demoForced = scenario?.demoProposal !== undefined && demoIndex >= 0;
  let acceptedIndex = -1;
  if (hired) {
    if (demoForced && scenario?.demoProposal === "accepted") acceptedIndex = demoIndex;
    else {
      const others = freelancerIds.map((_, i) => i).filter((i) => !demoForced || i !== demoIndex);
      acceptedIndex = rng.pick(others);
    }
  }

  const publishedAt = timeline.publishedAt ?? timeline.createdAt;
  const rows = freelancerIds.map((freelancerId, i): typeof proposals.$inferInsert => {
    const status: ProposalStatus =
      i === acceptedIndex
        ? "accepted"
        : demoForced && i === demoIndex
          ? (scenario?.demoProposal as ProposalStatus)
          : undecidedStatus(rng, input);
    const createdAt = rng.int(publishedAt + 20 * MINUTE, timeline.closedAt - 30 * MINUTE);
    // Hiring and cancelling decide every open proposal at that moment; people act in between.
    const decidedAt =
      status === "submitted"
        ? createdAt
        : status === "accepted" || status === "declined"
          ? timeline.closedAt
          : rng.int(createdAt, timeline.closedAt);
    return {
      id: seedId(`proposal:${input.index}:${i}`),
      projectId: project.id,
      freelancerId,
      coverLetter: coverLetter(rng, {
        title: project.title,
        skill: rng.pick(input.skillNames),
        years: rng.int(2, 15),
        ...input.brief,
      }),
      bidMinor: bidFor(rng, input),
      currency: project.currency,
      estimatedDuration: estimateFor(rng, input.duration),
      status,
      createdAt: new Date(createdAt),
      updatedAt: new Date(decidedAt),
    };
  });

  const accepted = rows[acceptedIndex];
  const hourly = project.budgetType === "hourly";
  const contract: SeededContract | null =
    accepted && timeline.hiredAt !== null
      ? {
          id: seedId(`contract:${input.index}`),
          projectId: project.id,
          proposalId: accepted.id as string,
          clientId: project.clientId,
          freelancerId: accepted.freelancerId,
          amountMinor: accepted.bidMinor,
          currency: project.currency,
          kind: project.budgetType,
          hourlyRateMinor: hourly ? accepted.bidMinor : null,
          weeklyLimitMinutes: hourly ? rng.pick([10, 15, 20, 30, 40]) * 60 : null,
          status:
            project.status === "in_progress"
              ? "active"
              : input.ended && !hourly
                ? "ended"
                : "completed",
          startedAt: new Date(timeline.hiredAt),
          completedAt: timeline.finishedAt === null ? null : new Date(timeline.finishedAt),
        }
      : null;
  return { proposals: rows, contract };
}
