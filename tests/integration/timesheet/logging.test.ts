import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { at, testClock } from "../../helpers/clock";
import { createTestDatabase } from "../../helpers/test-db";
import { hiredHourlyContract } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";
import {
  entry,
  moment,
  NEXT_MONDAY_NOON,
  NEXT_TUESDAY,
  refusal,
  refusedWithoutChange,
  WEDNESDAY,
} from "../../helpers/timesheet";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});
beforeEach(() => {
  testClock.pinned = WEDNESDAY;
});

/** An hourly contract hired on Monday 2030-01-07 (so that whole week is loggable). */
async function hired(options: { weeklyLimitHours?: number; rateMinor?: number } = {}) {
  return at(moment("2030-01-07T08:00:00Z"), () => hiredHourlyContract(db, options));
}

describe("logging time", () => {
  it("adds entries to this week's open timesheet, with its total and amount", async () => {
    const { freelancer, client, contract } = await hired();
    const log = (fields: ReturnType<typeof entry>) =>
      freelancer.api.timesheet.logTime({ contractId: contract.id, ...fields });
    await log(entry("2030-01-07", 4 * 60, "Set up the project and the CI pipeline"));
    await log(entry("2030-01-09", 8 * 60 + 30, "Booking calendar: month and week views"));
    const sheet = await client.api.timesheet.get({ contractId: contract.id });
    expect(sheet).toMatchObject({ role: "client", rateMinor: 8_500, weeklyLimitMinutes: 2_400 });
    expect(sheet.weeks).toHaveLength(1);
    expect(sheet.weeks[0]).toMatchObject({
      weekStart: moment("2030-01-07T00:00:00Z"),
      current: true,
      state: "open",
      totalMinutes: 750,
      amountMinor: 106_250, // 12.5 h at $85/hour
      canReview: false,
    });
    expect(sheet.weeks[0]!.entries.map((e) => e.description)).toEqual([
      "Set up the project and the CI pipeline",
      "Booking calendar: month and week views",
    ]);
    const mine = await freelancer.api.timesheet.get({ contractId: contract.id });
    expect(mine.loggable).toEqual({ from: "2030-01-07", to: "2030-01-09" });
    expect(mine.weeks[0]).toMatchObject({ canSubmit: true });
    expect(mine.weeks[0]!.entries.every((e) => e.editable)).toBe(true);
  });

  it("shows this week with nothing logged yet", async () => {
    const { freelancer, contract } = await hired();
    const sheet = await freelancer.api.timesheet.get({ contractId: contract.id });
    expect(sheet.weeks).toMatchObject([
      { id: null, current: true, state: "open", totalMinutes: 0 },
    ]);
  });

  it("keeps the week within its limit, in the domain, naming the total", async () => {
    const { freelancer, contract } = await hired();
    const log = (day: string, minutes: number) =>
      freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry(day, minutes) });
    await log("2030-01-07", 12 * 60);
    await log("2030-01-08", 12 * 60);
    await log("2030-01-09", 12 * 60);
    const over = () => log("2030-01-09", 5 * 60 + 30);
    expect(await refusal(over)).toBe(
      "This would take the week to 41 h 30 min, over the 40 h limit.",
    );
    expect(await refusedWithoutChange(db, over)).toEqual({ code: "CONFLICT", unchanged: true });
    await expect(log("2030-01-09", 4 * 60)).resolves.toMatchObject({ minutes: 240 });
  });

  it("keeps a day within 24 hours", async () => {
    const { freelancer, contract } = await hired({ weeklyLimitHours: 60 });
    const log = (minutes: number) =>
      freelancer.api.timesheet.logTime({
        contractId: contract.id,
        ...entry("2030-01-08", minutes),
      });
    await log(20 * 60);
    expect(await refusal(() => log(4 * 60 + 15))).toBe(
      "That would make 24 h 15 min on Tue, Jan 8: a day has 24 hours.",
    );
  });

  it("refuses days in the future or before the contract started, and odd amounts of time", async () => {
    const { freelancer, contract } = await hired();
    const log = (fields: ReturnType<typeof entry>) =>
      freelancer.api.timesheet.logTime({ contractId: contract.id, ...fields });
    for (const wrong of [
      entry("2030-01-10", 60), // tomorrow
      entry("2030-01-06", 60), // the Sunday before the hire
      entry("2030-01-08", 50), // not a quarter hour
      entry("2030-01-08", 0),
      entry("2030-01-08", 25 * 60),
      entry("2030-01-08", 60, "  "),
      entry("2030-02-30", 60),
    ])
      expect(await refusedWithoutChange(db, () => log(wrong)), JSON.stringify(wrong)).toEqual({
        code: "BAD_REQUEST",
        unchanged: true,
      });
    expect(await refusal(() => log(entry("2030-01-06", 60)))).toBe(
      "The contract started on Jan 7, 2030: log time from that day on.",
    );
  });

  it("keeps last week open until the end of the Monday after, then closes it", async () => {
    const { freelancer, contract } = await hired();
    const log = (day: string) =>
      freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry(day, 60) });
    await log("2030-01-08");
    await at(NEXT_MONDAY_NOON, async () => {
      await expect(log("2030-01-11")).resolves.toMatchObject({ minutes: 60 });
      const sheet = await freelancer.api.timesheet.get({ contractId: contract.id });
      expect(sheet.loggable).toEqual({ from: "2030-01-07", to: "2030-01-14" });
      expect(sheet.weeks.map((w) => [w.current, w.state])).toEqual([
        [true, "open"],
        [false, "open"],
      ]);
    });
    await at(NEXT_TUESDAY, async () => {
      expect(await refusal(() => log("2030-01-12"))).toBe(
        "Logging for this week closed on Tue, Jan 15, 00:00 UTC and it went to the client: its time can no longer change.",
      );
      expect(await refusedWithoutChange(db, () => log("2030-01-12"))).toEqual({
        code: "CONFLICT",
        unchanged: true,
      });
      // This week is open as ever.
      await expect(log("2030-01-14")).resolves.toMatchObject({ minutes: 60 });
    });
  });

  it("refuses a week that closed before anything was logged in it", async () => {
    const { freelancer, contract } = await hired();
    await at(moment("2030-01-23T10:00:00Z"), async () => {
      expect(
        await refusal(() =>
          freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry("2030-01-10", 60) }),
        ),
      ).toBe(
        "Time for the week of Jan 7, 2030 can no longer be logged: logging for it closed on Tue, Jan 15, 00:00 UTC.",
      );
    });
  });

  it("edits and deletes entries while the week is open; an emptied week goes", async () => {
    const { freelancer, contract } = await hired();
    const logged = await freelancer.api.timesheet.logTime({
      contractId: contract.id,
      ...entry("2030-01-08", 60),
    });
    await expect(
      freelancer.api.timesheet.editEntry({ id: logged.id, ...entry("2030-01-07", 90, "Calendar") }),
    ).resolves.toMatchObject({ minutes: 90, description: "Calendar" });
    // Another week's day: delete here and log there.
    expect(
      await refusedWithoutChange(db, () =>
        freelancer.api.timesheet.editEntry({ id: logged.id, ...entry("2030-01-06", 90) }),
      ),
    ).toEqual({ code: "BAD_REQUEST", unchanged: true });
    await expect(freelancer.api.timesheet.deleteEntry({ id: logged.id })).resolves.toEqual({
      id: logged.id,
      weekDeleted: true,
    });
    const sheet = await freelancer.api.timesheet.get({ contractId: contract.id });
    expect(sheet.weeks).toMatchObject([{ id: null, totalMinutes: 0 }]);
  });

  it("counts an edited entry once against the limit", async () => {
    const { freelancer, contract } = await hired({ weeklyLimitHours: 10 });
    const logged = await freelancer.api.timesheet.logTime({
      contractId: contract.id,
      ...entry("2030-01-08", 9 * 60),
    });
    await expect(
      freelancer.api.timesheet.editEntry({ id: logged.id, ...entry("2030-01-08", 10 * 60) }),
    ).resolves.toMatchObject({ minutes: 600 });
    expect(
      await refusal(() =>
        freelancer.api.timesheet.editEntry({ id: logged.id, ...entry("2030-01-08", 10 * 60 + 15) }),
      ),
    ).toBe("This would take the week to 10 h 15 min, over the 10 h limit.");
  });
});

describe("who may log", () => {
  it("is the contract's freelancer alone, on an active contract", async () => {
    const { client, freelancer, contract } = await hired();
    const stranger = await actor(db, "freelancer");
    const admin = await actor(db, "admin");
    const input = { contractId: contract.id, ...entry("2030-01-08", 60) };
    const logged = await freelancer.api.timesheet.logTime(input);
    for (const [who, api, code] of [
      ["a stranger", stranger.api, "NOT_FOUND"],
      ["an admin", admin.api, "NOT_FOUND"],
      ["the client", client.api, "FORBIDDEN"],
    ] as const) {
      expect(await refusedWithoutChange(db, () => api.timesheet.logTime(input)), who).toEqual({
        code,
        unchanged: true,
      });
      expect(
        await refusedWithoutChange(db, () =>
          api.timesheet.editEntry({ id: logged.id, ...entry("2030-01-08", 30) }),
        ),
        who,
      ).toEqual({ code, unchanged: true });
      expect(
        await refusedWithoutChange(db, () => api.timesheet.deleteEntry({ id: logged.id })),
        who,
      ).toEqual({ code, unchanged: true });
    }
    expect(
      await refusedWithoutChange(db, () => stranger.api.timesheet.get({ contractId: contract.id })),
    ).toEqual({ code: "NOT_FOUND", unchanged: true });

    await client.api.contract.end({ id: contract.id });
    expect(await refusal(() => freelancer.api.timesheet.logTime(input))).toBe(
      "This contract has ended: no more time can be logged on it.",
    );
    expect(await refusedWithoutChange(db, () => freelancer.api.timesheet.logTime(input))).toEqual({
      code: "CONFLICT",
      unchanged: true,
    });
  });
});
