import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { at, testClock } from "../../helpers/clock";
import { createTestDatabase } from "../../helpers/test-db";
import { hiredHourlyContract } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";
import {
  AFTER_REVIEW,
  entry,
  moment,
  NEXT_TUESDAY,
  refusal,
  refusedWithoutChange,
  REVIEW_ENDS,
  WEDNESDAY,
} from "../../helpers/timesheet";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});
beforeEach(() => {
  testClock.pinned = WEDNESDAY;
});

/** A week of the contract with 6 h 15 min logged over two entries, by Wednesday 2030-01-09. */
async function loggedWeek(options: { rateMinor?: number } = {}) {
  const hired = await at(moment("2030-01-07T08:00:00Z"), () => hiredHourlyContract(db, options));
  const log = (fields: ReturnType<typeof entry>) =>
    hired.freelancer.api.timesheet.logTime({ contractId: hired.contract.id, ...fields });
  const first = await log(entry("2030-01-07", 4 * 60, "Booking calendar"));
  const second = await log(entry("2030-01-08", 2 * 60 + 15, "Reminder emails"));
  return { ...hired, weekId: first.weekId, first, second };
}

const weekOf = async (api: Awaited<ReturnType<typeof actor>>["api"], contractId: string) =>
  (await api.timesheet.get({ contractId })).weeks.find((w) => w.id !== null)!;

describe("a week's review", () => {
  it("goes open → submitted early → approved, with hours and amount for the client", async () => {
    const { client, freelancer, contract, weekId, first } = await loggedWeek();
    const submitted = await freelancer.api.timesheet.submitWeek({ id: weekId });
    expect(submitted).toMatchObject({
      status: "submitted",
      submittedAt: WEDNESDAY,
      reviewEndsAt: REVIEW_ENDS,
    });
    // Submitted early: nothing more goes into this week.
    expect(
      await refusal(() =>
        freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry("2030-01-09", 60) }),
      ),
    ).toBe("This week has gone to the client for review: its time can no longer change.");
    const seen = await weekOf(client.api, contract.id);
    expect(seen).toMatchObject({
      state: "submitted",
      totalMinutes: 375,
      amountMinor: 53_125, // 6.25 h at $85/hour
      canReview: true,
    });
    const dashboard = await client.api.dashboard.client();
    expect(dashboard.weeksAwaitingReview).toMatchObject([
      { id: weekId, totalMinutes: 375, amountMinor: 53_125, reviewEndsAt: REVIEW_ENDS },
    ]);
    await expect(client.api.timesheet.approveWeek({ id: weekId })).resolves.toMatchObject({
      status: "approved",
      approvedAt: WEDNESDAY,
    });
    expect((await client.api.dashboard.client()).weeksAwaitingReview).toEqual([]);
    expect(await refusal(() => client.api.timesheet.approveWeek({ id: weekId }))).toBe(
      "This week is already approved.",
    );
    expect(
      await refusedWithoutChange(db, () =>
        freelancer.api.timesheet.editEntry({ id: first.id, ...entry("2030-01-07", 60) }),
      ),
    ).toEqual({ code: "CONFLICT", unchanged: true });
  });

  it("goes disputed → amended → resubmitted → approved; only disputed entries change", async () => {
    const { client, freelancer, contract, weekId, first, second } = await loggedWeek();
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    const dispute = {
      id: weekId,
      entryIds: [second.id],
      reason: "We agreed on one hour for emails.",
    };
    await at(moment("2030-01-10T09:00:00Z"), async () => {
      await expect(client.api.timesheet.disputeWeek(dispute)).resolves.toMatchObject({
        status: "disputed",
        disputeReason: dispute.reason,
      });
    });
    const disputed = await weekOf(freelancer.api, contract.id);
    expect(disputed).toMatchObject({ state: "disputed", canSubmit: true, canReview: false });
    expect(disputed.entries.map((e) => [e.disputed, e.editable])).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(
      await refusal(() =>
        freelancer.api.timesheet.editEntry({ id: first.id, ...entry("2030-01-07", 60) }),
      ),
    ).toBe(
      "The client didn't dispute this entry: in a disputed week only disputed entries can change.",
    );
    expect(
      await refusedWithoutChange(db, () =>
        freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry("2030-01-08", 60) }),
      ),
    ).toEqual({ code: "CONFLICT", unchanged: true });
    expect(
      await refusedWithoutChange(db, () => client.api.timesheet.approveWeek({ id: weekId })),
    ).toEqual({
      code: "CONFLICT",
      unchanged: true,
    });

    // Long after the review period a disputed week is still disputed: it never counts as approved.
    await at(moment("2030-02-20T09:00:00Z"), async () => {
      await freelancer.api.timesheet.editEntry({
        id: second.id,
        ...entry("2030-01-08", 60, "Reminder emails (one hour, as agreed)"),
      });
      const amended = await weekOf(client.api, contract.id);
      expect(amended).toMatchObject({ state: "disputed", totalMinutes: 300 });
      expect(amended.entries[1]).toMatchObject({ disputed: true, amended: true });
      await expect(freelancer.api.timesheet.submitWeek({ id: weekId })).resolves.toMatchObject({
        status: "submitted",
        reviewEndsAt: moment("2030-02-25T09:00:00Z"), // a whole review period again
      });
      await expect(client.api.timesheet.approveWeek({ id: weekId })).resolves.toMatchObject({
        status: "approved",
      });
    });
  });

  it("counts a submitted week as approved once its review period has passed", async () => {
    const { client, freelancer, contract, weekId, second } = await loggedWeek();
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await at(REVIEW_ENDS, async () => {
      expect((await weekOf(client.api, contract.id)).state).toBe("submitted");
    });
    await at(AFTER_REVIEW, async () => {
      const week = await weekOf(client.api, contract.id);
      expect(week).toMatchObject({ state: "auto_approved", canReview: false });
      expect(await refusal(() => client.api.timesheet.approveWeek({ id: weekId }))).toBe(
        "This week already counts as approved: its review period ended on Sat, Jan 19, 00:00 UTC.",
      );
      for (const call of [
        () => client.api.timesheet.approveWeek({ id: weekId }),
        () =>
          client.api.timesheet.disputeWeek({
            id: weekId,
            entryIds: [second.id],
            reason: "Too late now, surely",
          }),
        () => freelancer.api.timesheet.deleteEntry({ id: second.id }),
      ])
        expect(await refusedWithoutChange(db, call)).toEqual({ code: "CONFLICT", unchanged: true });
      expect((await client.api.dashboard.client()).weeksAwaitingReview).toEqual([]);
    });
  });

  it("sends an open week to the client by itself when logging closes; the client may approve it", async () => {
    const { client, freelancer, contract, weekId } = await loggedWeek();
    await at(NEXT_TUESDAY, async () => {
      expect(await weekOf(client.api, contract.id)).toMatchObject({
        state: "submitted",
        autoSubmitted: true,
        submittedAt: moment("2030-01-15T00:00:00Z"),
        reviewEndsAt: REVIEW_ENDS,
        canReview: true,
      });
      expect(await refusal(() => freelancer.api.timesheet.submitWeek({ id: weekId }))).toBe(
        "Logging for this week closed on Tue, Jan 15, 00:00 UTC and it went to the client: its time can no longer change.",
      );
      expect((await client.api.dashboard.client()).weeksAwaitingReview).toMatchObject([
        { id: weekId },
      ]);
      // Approving writes down the submission as of the moment logging closed.
      await expect(client.api.timesheet.approveWeek({ id: weekId })).resolves.toMatchObject({
        status: "approved",
        submittedAt: moment("2030-01-15T00:00:00Z"),
        reviewEndsAt: REVIEW_ENDS,
        approvedAt: NEXT_TUESDAY,
      });
    });
  });

  it("refuses reviewing an open week, disputing entries of another week, and a reason-less dispute", async () => {
    const { client, freelancer, contract, weekId, first } = await loggedWeek();
    expect(await refusal(() => client.api.timesheet.approveWeek({ id: weekId }))).toBe(
      "This week is still open: the freelancer can log time until Tue, Jan 15, 00:00 UTC.",
    );
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    const other = await loggedWeek();
    for (const input of [
      { id: weekId, entryIds: [other.first.id], reason: "Not our work at all" },
      { id: weekId, entryIds: [first.id], reason: "No" },
      { id: weekId, entryIds: [], reason: "Nothing chosen here" },
    ])
      expect(await refusedWithoutChange(db, () => client.api.timesheet.disputeWeek(input))).toEqual(
        {
          code: "BAD_REQUEST",
          unchanged: true,
        },
      );
    expect((await weekOf(client.api, contract.id)).state).toBe("submitted");
  });

  it("lets only the contract's client review, and only its freelancer submit", async () => {
    const { client, freelancer, weekId, first } = await loggedWeek();
    const stranger = await actor(db, "client");
    const dispute = { id: weekId, entryIds: [first.id], reason: "Not what we agreed on" };
    expect(
      await refusedWithoutChange(db, () => client.api.timesheet.submitWeek({ id: weekId })),
    ).toEqual({
      code: "FORBIDDEN",
      unchanged: true,
    });
    expect(
      await refusedWithoutChange(db, () => stranger.api.timesheet.submitWeek({ id: weekId })),
    ).toEqual({
      code: "NOT_FOUND",
      unchanged: true,
    });
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    for (const [api, code] of [
      [freelancer.api, "FORBIDDEN"],
      [stranger.api, "NOT_FOUND"],
    ] as const) {
      expect(
        await refusedWithoutChange(db, () => api.timesheet.approveWeek({ id: weekId })),
      ).toEqual({
        code,
        unchanged: true,
      });
      expect(await refusedWithoutChange(db, () => api.timesheet.disputeWeek(dispute))).toEqual({
        code,
        unchanged: true,
      });
    }
  });
});

describe("amounts", () => {
  it("are the week's minutes at its rate, rounded half up once per week", async () => {
    // $33.33/hour: 45 min is 2,499.75 cents → $25.00; 6 h 15 min is 20,831.25 cents → $208.31.
    const { freelancer, contract } = await loggedWeek({ rateMinor: 3_333 });
    expect(await weekOf(freelancer.api, contract.id)).toMatchObject({
      totalMinutes: 375,
      amountMinor: 20_831,
    });
    const week = await weekOf(freelancer.api, contract.id);
    await freelancer.api.timesheet.editEntry({
      id: week.entries[1]!.id,
      ...entry("2030-01-08", 45),
    });
    await freelancer.api.timesheet.editEntry({
      id: week.entries[0]!.id,
      ...entry("2030-01-07", 15),
    });
    // 60 min in all: one rounding of the total ($33.33), not two of the parts ($25.00 + $8.33).
    expect(await weekOf(freelancer.api, contract.id)).toMatchObject({
      totalMinutes: 60,
      amountMinor: 3_333,
    });
  });
});

describe("the weekly limit", () => {
  it("is the client's to change; open weeks follow, never below what is logged", async () => {
    const { client, freelancer, contract, weekId } = await loggedWeek();
    const set = (api: typeof client.api, weeklyLimitHours: number) =>
      api.timesheet.setWeeklyLimit({ contractId: contract.id, weeklyLimitHours });
    expect(await refusal(() => set(client.api, 6))).toBe(
      "The week of Jan 7, 2030 already has 6 h 15 min logged: set a limit of at least 7 h.",
    );
    expect(await refusedWithoutChange(db, () => set(client.api, 6))).toEqual({
      code: "CONFLICT",
      unchanged: true,
    });
    expect(await refusedWithoutChange(db, () => set(freelancer.api, 60))).toEqual({
      code: "FORBIDDEN",
      unchanged: true,
    });
    await expect(set(client.api, 7)).resolves.toMatchObject({ weeklyLimitMinutes: 420 });
    expect(await weekOf(freelancer.api, contract.id)).toMatchObject({ limitMinutes: 420 });
    expect(
      await refusal(() =>
        freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry("2030-01-09", 60) }),
      ),
    ).toBe("This would take the week to 7 h 15 min, over the 7 h limit.");
    // A week with the client keeps the limit it was logged under.
    await freelancer.api.timesheet.submitWeek({ id: weekId });
    await set(client.api, 30);
    expect(await weekOf(freelancer.api, contract.id)).toMatchObject({ limitMinutes: 420 });
  });
});

describe("ending an hourly contract", () => {
  it("sends the open week to the client as it stands and completes the contract", async () => {
    const { client, freelancer, contract, weekId } = await loggedWeek();
    await expect(client.api.contract.end({ id: contract.id })).resolves.toEqual({
      id: contract.id,
      status: "completed",
    });
    const week = await weekOf(client.api, contract.id);
    expect(week).toMatchObject({
      id: weekId,
      state: "submitted",
      totalMinutes: 375,
      canReview: true,
    });
    const sheet = await freelancer.api.timesheet.get({ contractId: contract.id });
    expect(sheet.loggable).toBeNull();
    expect(sheet.weeks).toHaveLength(1);
    await expect(client.api.timesheet.approveWeek({ id: weekId })).resolves.toMatchObject({
      status: "approved",
    });
    expect(
      await refusedWithoutChange(db, () =>
        client.api.timesheet.setWeeklyLimit({ contractId: contract.id, weeklyLimitHours: 20 }),
      ),
    ).toEqual({ code: "CONFLICT", unchanged: true });
  });
});

describe("dashboards", () => {
  it("show the freelancer this week's hours on active hourly contracts", async () => {
    const { freelancer, contract } = await loggedWeek();
    const board = await freelancer.api.dashboard.freelancer();
    expect(board.activeContracts).toMatchObject([
      {
        id: contract.id,
        kind: "hourly",
        hourlyRateMinor: 8_500,
        minutesThisWeek: 375,
        weeklyLimitMinutes: 2_400,
      },
    ]);
    await at(moment("2030-01-14T09:00:00Z"), async () => {
      const next = await freelancer.api.dashboard.freelancer();
      expect(next.activeContracts[0]!.minutesThisWeek).toBe(0);
    });
  });
});
