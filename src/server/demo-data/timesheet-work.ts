import type { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import {
  DAY_MS,
  LOGGING_GRACE_MS,
  MINUTE_MS,
  REVIEW_PERIOD_MS,
  WEEK_MS,
  weekStartOf,
} from "~/shared/hourly/calendar";
import type { DemoScenario } from "./demo-scenarios";
import type { SeededContract } from "./hiring";
import { seedId, type Random } from "./random";
import { disputeReason, entryDescription } from "./work-log";

/**
 * The timesheet of an hourly contract: a week per week worked, from the hire to now (or to
 * the end), each in the state the domain would have left it in by `now`. Recent weeks are
 * still open or with the client; older ones were approved, disputed (and mostly amended and
 * approved), or left unanswered past their review period, so they count as approved.
 */

const HOUR = 60 * MINUTE_MS;

type Week = typeof timesheetWeeks.$inferInsert;
type Entry = typeof timeEntries.$inferInsert;
/** What the client did with a week that reached them. */
type Outcome = "approved" | "silent" | "disputed" | "amended";

interface TimesheetInput {
  index: number;
  contract: SeededContract;
  deliverables: string[];
  scenario: DemoScenario | undefined;
  now: number;
}

/** The demo contracts' weeks, counted back from this week: every state, whatever the day. */
function demoOutcome(scenario: DemoScenario, weeksAgo: number): Outcome | "open" | "early" {
  if (scenario.hourly === "submitted early") return weeksAgo === 0 ? "early" : "approved";
  const plan: Record<number, Outcome | "open"> = {
    0: "open",
    1: "silent",
    2: "disputed",
    3: "approved",
    4: "silent",
    5: "amended",
  };
  return plan[weeksAgo] ?? "approved";
}

/** Entries on the days worked, 15-minute steps, within the limit and never in the future. */
function planEntries(
  rng: Random,
  input: TimesheetInput,
  week: { id: string; start: number },
  end: number,
) {
  const weekStart = week.start;
  const { contract } = input;
  const start = contract.startedAt.getTime();
  const limit = contract.weeklyLimitMinutes!;
  const odds = [0.85, 0.85, 0.85, 0.85, 0.8, 0.15, 0.05];
  const days = odds
    .map((chance, d) => ({ day: weekStart + d * DAY_MS, chance }))
    .filter(({ day }) => day + DAY_MS > start && day + 30 * MINUTE_MS <= end)
    // The demo contracts are worked every weekday.
    .filter(({ chance }) => rng.chance(chance) || (input.scenario !== undefined && chance > 0.5))
    .map(({ day }) => day);
  const target = Math.floor((limit * (0.35 + 0.6 * rng.next())) / 15) * 15;
  let left = target;
  const entries: Entry[] = [];
  days.forEach((day, d) => {
    const share = Math.floor(left / (days.length - d) / 15) * 15;
    const minutes = Math.min(left, Math.max(15, share + 15 * rng.int(-4, 4)), 10 * 60);
    left -= minutes;
    const parts = minutes >= 120 && rng.chance(0.3) ? [minutes - 60, 60] : [minutes];
    for (const part of parts) {
      if (part < 15) continue;
      // Logged that evening, or as soon as it could be: after the hire and the day began.
      const logged = Math.min(
        end - MINUTE_MS,
        Math.max(start + MINUTE_MS, day + 15 * MINUTE_MS, day + rng.int(16 * HOUR, 21 * HOUR)),
      );
      entries.push({
        id: seedId(`time-entry:${input.index}:${weekStart}:${entries.length}`),
        weekId: week.id,
        contractId: contract.id,
        workDate: new Date(day),
        minutes: part,
        description: entryDescription(rng, input.deliverables),
        createdAt: new Date(logged),
        updatedAt: new Date(logged),
      });
    }
  });
  return entries;
}

export function planTimesheet(rng: Random, input: TimesheetInput) {
  const { contract, now, scenario } = input;
  const weeks: Week[] = [];
  const entries: Entry[] = [];
  if (contract.kind !== "hourly") return { weeks, entries };
  const active = contract.status === "active";
  const end = contract.completedAt?.getTime() ?? now;
  const current = weekStartOf(now);

  for (let ws = weekStartOf(contract.startedAt.getTime()); ws <= end; ws += WEEK_MS) {
    // Quiet weeks happen on real contracts; the demo ones are busy every week.
    if (!scenario && rng.chance(0.12)) continue;
    const id = seedId(`week:${input.index}:${ws}`);
    const own = planEntries(rng, input, { id, start: ws }, end);
    if (own.length === 0) continue;
    const lastLogged = Math.max(...own.map((e) => e.createdAt!.getTime()));
    const weekEnd = ws + WEEK_MS;
    const closes = weekEnd + LOGGING_GRACE_MS;
    const week: Week = {
      id,
      contractId: contract.id,
      weekStart: new Date(ws),
      status: "open",
      rateMinor: contract.hourlyRateMinor!,
      limitMinutes: contract.weeklyLimitMinutes!,
      createdAt: own[0]!.createdAt,
      updatedAt: new Date(lastLogged),
    };
    weeks.push(week);
    entries.push(...own);

    const plan = scenario ? demoOutcome(scenario, (current - ws) / WEEK_MS) : null;
    // When it reached the client: when the contract ended (ending submits the open week), or
    // early (the demo), or on the Sunday evening, or by itself once logging closed.
    let submittedAt: number | null;
    if (plan === "early") submittedAt = rng.int(lastLogged + MINUTE_MS, now - MINUTE_MS);
    else if (plan === "open" || (active && ws === current)) submittedAt = null;
    else if (!active && ws === weekStartOf(end)) submittedAt = end;
    else if (rng.chance(0.85) || plan !== null)
      submittedAt = Math.max(lastLogged + MINUTE_MS, weekEnd - rng.int(HOUR, 8 * HOUR));
    else submittedAt = closes; // nobody sent it: it went by itself (the job will write that)
    // Ending a contract submits the weeks still open at that moment.
    if (!active && submittedAt !== null && submittedAt > end) submittedAt = end;
    if (submittedAt === null || submittedAt >= now) continue;
    // Only a running contract leaves it so; ending one writes every open week down as submitted.
    const auto = submittedAt === closes && active;
    const reviewEnds = weekEnd + REVIEW_PERIOD_MS;
    if (!auto)
      Object.assign(week, {
        status: "submitted",
        submittedAt: new Date(submittedAt),
        reviewEndsAt: new Date(reviewEnds),
        updatedAt: new Date(submittedAt),
      });

    const window = Math.min(reviewEnds, now);
    if (window - submittedAt < 2 * HOUR) continue;
    const outcome: Outcome =
      plan !== null && plan !== "open" && plan !== "early"
        ? plan
        : rng.weighted({ approved: 70, silent: 18, disputed: 4, amended: 8 });
    if (outcome === "silent") continue;
    const answeredAt = rng.int(submittedAt + HOUR, window - HOUR);
    Object.assign(week, {
      submittedAt: new Date(submittedAt),
      reviewEndsAt: new Date(reviewEnds),
      updatedAt: new Date(answeredAt),
    });
    if (outcome === "approved") {
      Object.assign(week, { status: "approved", approvedAt: new Date(answeredAt) });
      continue;
    }
    const disputed = rng.sample(own, Math.min(own.length, rng.int(1, 2)));
    for (const entry of disputed) entry.disputed = true;
    Object.assign(week, {
      status: "disputed",
      disputedAt: new Date(answeredAt),
      disputeReason: disputeReason(rng),
    });
    const resubmittedAt = answeredAt + rng.int(2 * HOUR, 3 * DAY_MS);
    if (outcome === "disputed" || resubmittedAt >= now) continue;
    // The freelancer took some time off the disputed entries and sent the week again.
    for (const entry of disputed) {
      entry.minutes = Math.max(15, entry.minutes! - 15 * rng.int(1, 4));
      entry.updatedAt = new Date(resubmittedAt - rng.int(MINUTE_MS, 30 * MINUTE_MS));
    }
    const reviewAgain = Math.max(resubmittedAt + REVIEW_PERIOD_MS, reviewEnds);
    Object.assign(week, {
      status: "submitted",
      submittedAt: new Date(resubmittedAt),
      reviewEndsAt: new Date(reviewAgain),
      updatedAt: new Date(resubmittedAt),
    });
    const approveBy = Math.min(reviewAgain, now);
    if (approveBy - resubmittedAt < 2 * HOUR || rng.chance(0.25)) continue;
    const approvedAt = rng.int(resubmittedAt + HOUR, approveBy - HOUR);
    Object.assign(week, {
      status: "approved",
      approvedAt: new Date(approvedAt),
      updatedAt: new Date(approvedAt),
    });
  }
  return { weeks, entries };
}
