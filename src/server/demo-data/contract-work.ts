import type { milestones, reviews } from "~/server/db/schema/contracts";
import type { BudgetType } from "~/shared/schemas/project";
import { changesReason, submissionNote } from "./correspondence";
import type { DemoScenario } from "./demo-scenarios";
import type { SeededContract } from "./hiring";
import type { WorkCategory } from "./organisations";
import { seedId, type Random } from "./random";
import { reviewText } from "./review-text";
import { type MilestoneStatus } from "~/shared/statuses";

/**
 * The work under a fixed contract: milestones that never add up to more than the amount, in states
 * that fit the contract (mixed while active, all approved once completed, some left over when
 * the client ended it), and after it finished, the reviews both parties left.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface WorkInput {
  index: number;
  contract: SeededContract;
  /** Milestone names, from the brief's deliverables. */
  titles: string[];
  /** The kind of work, which reviews speak of. */
  category: WorkCategory;
  budgetType: BudgetType;
  scenario: DemoScenario | undefined;
  now: number;
}

function statusesFor(rng: Random, { contract, budgetType, scenario }: WorkInput) {
  // An hourly contract is paid by the week's approved time: it has no milestones.
  if (contract.kind === "hourly") return [];
  if (scenario?.milestones) return scenario.milestones;
  const count = budgetType === "fixed" ? rng.int(1, 4) : rng.int(1, 2);
  // Once every milestone is approved the domain completes the contract: an active or ended
  // one always has work left (or, just hired, none planned yet).
  if (contract.status === "active" && rng.chance(0.1)) return [];
  const approved = contract.status === "completed" ? count : rng.int(0, count - 1);
  return Array.from({ length: count }, (_, k): MilestoneStatus => {
    if (k < approved) return "approved";
    if (k > approved) return "pending";
    if (contract.status !== "active") return rng.weighted({ submitted: 1, pending: 2 });
    // The milestone in hand is mostly funded already (escrow holds it) when not yet handed in.
    const inHand = rng.weighted({ submitted: 4, changes_requested: 2, pending: 4 });
    return inHand === "pending" && rng.chance(0.75) ? "funded" : inHand;
  });
}

/** Up to `units` split into `count` parts of a tidy size (at least one step each). */
function split(rng: Random, units: number, count: number) {
  const step = units >= 2000 ? 50 : units >= 200 ? 5 : 1;
  const steps = Math.floor(units / step);
  const weights = Array.from({ length: count }, () => 0.5 + rng.next());
  const total = weights.reduce((sum, w) => sum + w, 0);
  const parts = weights.slice(0, -1).map((w) => 1 + Math.floor(((steps - count) * w) / total));
  return [...parts, steps - parts.reduce((sum, part) => sum + part, 0)].map((part) => part * step);
}

function planMilestones(rng: Random, input: WorkInput) {
  const { contract, now } = input;
  const units = Math.floor(contract.amountMinor / 100);
  // An active contract may not have planned its whole amount yet.
  const planned =
    contract.status === "active" && rng.chance(0.4)
      ? Math.ceil(units * (0.5 + rng.next() * 0.4))
      : units;
  const statuses = statusesFor(rng, input).slice(0, planned);
  if (statuses.length === 0) return [];
  const amounts = split(rng, planned, statuses.length);

  const start = contract.startedAt.getTime();
  const end = contract.completedAt?.getTime() ?? now;
  // The client plans them one after another soon after hiring; the app lists them in that order.
  const plannedAt = start + rng.int(HOUR, Math.min(2 * DAY, (end - start) / 4));
  let t = plannedAt + statuses.length * MINUTE;
  const step = (end - t) / (2 * statuses.length + 1);
  let upcoming = 0;
  return statuses.map((status, k): typeof milestones.$inferInsert => {
    const createdAt = plannedAt + k * MINUTE;
    const row: typeof milestones.$inferInsert = {
      id: seedId(`milestone:${input.index}:${k}`),
      contractId: contract.id,
      title: input.titles[k] ?? "Final hand-over and fixes",
      amountMinor: (amounts[k] as number) * 100,
      status,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    };
    let submittedAt: number | null = null;
    if (status === "approved") {
      submittedAt = t = rng.int(t + MINUTE, t + step);
      // The last approval is what completes a contract.
      const last = k === statuses.length - 1 && contract.status === "completed";
      t = last ? end : rng.int(t + MINUTE, t + step);
      row.approvedAt = row.updatedAt = new Date(t);
    } else if (status === "submitted" || status === "changes_requested") {
      submittedAt = rng.int(t + MINUTE, end - 2 * HOUR);
      row.updatedAt = new Date(submittedAt);
      if (status === "changes_requested") {
        row.changesReason = changesReason(rng);
        row.updatedAt = new Date(rng.int(Math.min(submittedAt + HOUR, end), end));
      }
    }
    if (submittedAt !== null) {
      row.submittedAt = new Date(submittedAt);
      row.submissionNote = submissionNote(rng);
      row.submissionLinks = Array.from(
        { length: rng.int(0, 2) },
        (_, n) => `https://files.example/contracts/${contract.id}/milestone-${k + 1}-${n + 1}`,
      );
    }
    if (rng.chance(0.85)) {
      // Done work was due around when it was handed in; open work on a live contract is due ahead.
      const due =
        status === "approved" || contract.status !== "active"
          ? (submittedAt ?? end) + rng.int(-2 * DAY, 3 * DAY)
          : now + ++upcoming * rng.int(5 * DAY, 15 * DAY) - rng.int(0, 4 * DAY);
      row.dueDate = new Date(Math.max(due, createdAt + DAY));
    }
    return row;
  });
}

function stars(rng: Random, ended: boolean) {
  const overall = Number(
    ended
      ? rng.weighted({ 5: 2, 4: 3, 3: 3, 2: 1, 1: 1 })
      : rng.weighted({ 5: 11, 4: 6, 3: 2, 2: 0.6, 1: 0.4 }),
  );
  const near = () =>
    rng.chance(0.6) ? overall : Math.min(5, Math.max(1, overall + rng.pick([-1, 1])));
  return { overall, communication: near(), quality: near(), timeliness: near() };
}

function planReviews(rng: Random, { index, contract, scenario, now, titles, category }: WorkInput) {
  const finished = contract.completedAt?.getTime();
  if (contract.status === "active" || finished === undefined) return [];
  const both = scenario?.reviewedBothWays ?? false;
  const directions = [
    {
      reviewer: contract.clientId,
      reviewee: contract.freelancerId,
      about: "freelancer",
      odds: 0.9,
    },
    { reviewer: contract.freelancerId, reviewee: contract.clientId, about: "client", odds: 0.8 },
  ] as const;
  return directions.flatMap(({ reviewer, reviewee, about, odds }) => {
    if (!both && !rng.chance(odds)) return [];
    const score = stars(rng, contract.status === "ended");
    const createdAt = rng.int(finished + HOUR, Math.min(now - 2 * HOUR, finished + 12 * DAY));
    const replied = (both && about === "freelancer") || rng.chance(0.25);
    const repliedAt = rng.int(createdAt + HOUR, Math.min(now, createdAt + 5 * DAY));
    const text = reviewText(rng, score, about, { category, deliverables: titles });
    return {
      id: seedId(`review:${index}:${about}`),
      contractId: contract.id,
      reviewerId: reviewer,
      revieweeId: reviewee,
      ...score,
      comment: text.comment,
      reply: replied ? text.reply : null,
      repliedAt: replied ? new Date(repliedAt) : null,
      createdAt: new Date(createdAt),
    } satisfies typeof reviews.$inferInsert;
  });
}

export function planContractWork(rng: Random, input: WorkInput) {
  return { milestones: planMilestones(rng, input), reviews: planReviews(rng, input) };
}
