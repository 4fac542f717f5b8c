import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { contracts } from "~/server/db/schema/contracts";
import { testClock } from "../../helpers/clock";
import { createTestDatabase } from "../../helpers/test-db";
import {
  hiredContract,
  hiredHourlyContract,
  projectInput,
  proposalInput,
} from "../../helpers/marketplace";
import { actor } from "../../helpers/people";
import { refusal, refusedWithoutChange, WEDNESDAY } from "../../helpers/timesheet";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});
beforeEach(() => {
  testClock.pinned = WEDNESDAY;
});

describe("hiring on an hourly project", () => {
  it("makes an hourly contract at the bid's rate, with the limit the client set", async () => {
    const { client, contract } = await hiredHourlyContract(db, {
      rateMinor: 8_500,
      weeklyLimitHours: 25,
    });
    expect(contract).toMatchObject({
      kind: "hourly",
      hourlyRateMinor: 8_500,
      weeklyLimitMinutes: 25 * 60,
      startedAt: WEDNESDAY,
    });
    await expect(client.api.contract.byId({ id: contract.id })).resolves.toMatchObject({
      kind: "hourly",
      hourlyRateMinor: 8_500,
      weeklyLimitMinutes: 1_500,
    });
  });

  it("gives 40 hours a week when the client leaves the limit out", async () => {
    const { contract } = await hiredHourlyContract(db);
    expect(contract.weeklyLimitMinutes).toBe(2_400);
  });

  it("keeps fixed contracts as they were, and refuses a weekly limit on them", async () => {
    const { contract } = await hiredContract(db);
    expect(contract).toMatchObject({
      kind: "fixed",
      hourlyRateMinor: null,
      weeklyLimitMinutes: null,
    });

    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const project = await client.api.project.create(await projectInput(db));
    await client.api.project.publish({ id: project.id });
    const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
    expect(
      await refusedWithoutChange(db, () =>
        client.api.proposal.accept({ id: proposal.id, weeklyLimitHours: 20 }),
      ),
    ).toEqual({ code: "BAD_REQUEST", unchanged: true });
    expect(
      await refusedWithoutChange(db, () =>
        client.api.proposal.accept({ id: proposal.id, weeklyLimitHours: 0 }),
      ),
    ).toEqual({ code: "BAD_REQUEST", unchanged: true });
  });

  it("refuses milestones and amount changes on an hourly contract, changing nothing", async () => {
    const { client, contract } = await hiredHourlyContract(db);
    const milestone = () =>
      client.api.contract.addMilestone({
        contractId: contract.id,
        title: "Design",
        amountMinor: 1_800,
        dueDate: null,
      });
    expect(await refusedWithoutChange(db, milestone)).toEqual({
      code: "CONFLICT",
      unchanged: true,
    });
    expect(await refusal(milestone)).toBe(
      "This is an hourly contract: time is logged and approved week by week, so it has no milestones.",
    );
    const amendment = () =>
      client.api.contract.proposeAmendment({
        contractId: contract.id,
        amountMinor: 9_000,
        reason: "A higher rate",
      });
    expect(await refusedWithoutChange(db, amendment)).toEqual({
      code: "CONFLICT",
      unchanged: true,
    });
  });

  it("answers a timesheet only for hourly contracts", async () => {
    const { client, contract } = await hiredContract(db);
    expect(
      await refusedWithoutChange(db, () => client.api.timesheet.get({ contractId: contract.id })),
    ).toEqual({ code: "CONFLICT", unchanged: true });
  });

  it("has the database refuse terms that do not match the kind", async () => {
    const { contract } = await hiredHourlyContract(db);
    await expect(
      db.update(contracts).set({ hourlyRateMinor: 9_000 }).where(eq(contracts.id, contract.id)),
    ).rejects.toThrow();
    await expect(
      db.update(contracts).set({ kind: "fixed" }).where(eq(contracts.id, contract.id)),
    ).rejects.toThrow();
  });
});
