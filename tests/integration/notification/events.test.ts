import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { notifications } from "~/server/db/schema/notifications";
import { withTransaction } from "~/server/domain/context";
import { notify } from "~/server/domain/notification/notify";
import {
  announceTimedMoves,
  TIMED_MOVES_LOOKBACK_MS,
} from "~/server/domain/timesheet/announce-timed-moves";
import { jobHandlers } from "~/server/jobs/handlers";
import { schedules } from "~/server/jobs/schedules";
import { at, testClock } from "../../helpers/clock";
import {
  hiredContract,
  hiredHourlyContract,
  projectInput,
  proposalInput,
} from "../../helpers/marketplace";
import { fund } from "../../helpers/money";
import { jobsNamed, kindsOf, notificationsOf, streamOf } from "../../helpers/notifications";
import { actor, domainCtx } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import {
  AFTER_REVIEW,
  entry,
  moment,
  NEXT_MONDAY_NOON,
  NEXT_TUESDAY,
  REVIEW_ENDS,
  WEDNESDAY,
} from "../../helpers/timesheet";

/**
 * Every event a person should know about notifies the other party, once, in the transaction
 * of the change: never the actor, never twice for one event, never for a change rolled back.
 */

let db: Database;
type Person = Awaited<ReturnType<typeof actor>>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

async function openProject(client: Person, title = "Kiosk app for a museum") {
  const project = await client.api.project.create(await projectInput(db, { title }));
  await client.api.project.publish({ id: project.id });
  return project;
}

/** The newest notification of a person, which the last action must have written. */
async function latest(person: Person) {
  return (await notificationsOf(db, person.user.id)).at(-1);
}

const milestone = (contractId: string, title = "Booking screens") => ({
  contractId,
  title,
  amountMinor: 100_000,
  dueDate: null,
});

describe("proposals and invitations", () => {
  it("a proposal tells the client, naming the freelancer and the project, and links to the project", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const project = await openProject(client);
    await freelancer.api.proposal.submit(proposalInput(project.id, 350_000));
    expect(await notificationsOf(db, client.user.id)).toMatchObject([
      {
        kind: "proposal.received",
        title: `${freelancer.user.name} sent a proposal for “Kiosk app for a museum”.`,
        body: "Their bid: $3,500 (fixed price).",
        href: `/my/projects/${project.id}`,
        readAt: null,
      },
    ]);
    expect(await kindsOf(db, freelancer.user.id)).toEqual([]);
  });

  it("shortlisting, declining and hiring tell the freelancer; hiring tells the others they were declined", async () => {
    const client = await actor(db, "client");
    const [hired, shortlisted, other] = await Promise.all([
      actor(db, "freelancer"),
      actor(db, "freelancer"),
      actor(db, "freelancer"),
    ]);
    const project = await openProject(client);
    const proposals = [];
    for (const f of [hired, shortlisted, other])
      proposals.push(await f.api.proposal.submit(proposalInput(project.id)));
    await client.api.proposal.shortlist({ id: proposals[1]!.id });
    expect(await latest(shortlisted)).toMatchObject({
      kind: "proposal.shortlisted",
      title: `${client.user.name} shortlisted your proposal for “Kiosk app for a museum”.`,
      href: `/projects/${project.id}`,
    });
    const contract = await client.api.proposal.accept({ id: proposals[0]!.id });
    expect(await latest(hired)).toMatchObject({
      kind: "proposal.hired",
      title: `${client.user.name} accepted your proposal and hired you for “Kiosk app for a museum”.`,
      href: `/contracts/${contract.id}`,
    });
    expect(await kindsOf(db, shortlisted.user.id)).toEqual([
      "proposal.shortlisted",
      "proposal.declined",
    ]);
    expect(await latest(other)).toMatchObject({
      kind: "proposal.declined",
      title: `${client.user.name} hired someone else for “Kiosk app for a museum”, so your proposal was declined.`,
    });
    // Three proposals received; the client's own decisions told them nothing.
    expect(await kindsOf(db, client.user.id)).toEqual(Array(3).fill("proposal.received"));
  });

  it("declining one proposal, or closing the project, tells those freelancers", async () => {
    const client = await actor(db, "client");
    const [declined, closed] = [await actor(db, "freelancer"), await actor(db, "freelancer")];
    const project = await openProject(client, "Clinic site redesign");
    const first = await declined.api.proposal.submit(proposalInput(project.id));
    await closed.api.proposal.submit(proposalInput(project.id));
    await client.api.proposal.reject({ id: first.id });
    expect(await latest(declined)).toMatchObject({
      kind: "proposal.declined",
      title: `${client.user.name} declined your proposal for “Clinic site redesign”.`,
    });
    await client.api.project.cancel({ id: project.id });
    expect(await latest(closed)).toMatchObject({
      kind: "proposal.declined",
      title: `${client.user.name} closed “Clinic site redesign”, so your proposal was declined.`,
    });
    // Declined once already: closing the project does not tell them again.
    expect(await kindsOf(db, declined.user.id)).toEqual(["proposal.declined"]);
  });

  it("an invitation tells the freelancer, with the client's message", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const { skillIds } = await projectInput(db);
    await freelancer.api.profile.saveFreelancer({
      headline: "Kiosk apps",
      bio: "",
      hourlyRateMinor: 9_000,
      currency: "USD",
      availability: "available",
      location: "",
      skillIds,
      portfolio: [],
    });
    const project = await openProject(client);
    await client.api.invitation.send({
      projectId: project.id,
      freelancerId: freelancer.user.id,
      message: "Your kiosk work fits this.",
    });
    expect(await notificationsOf(db, freelancer.user.id)).toMatchObject([
      {
        kind: "invitation.received",
        title: `${client.user.name} invited you to send a proposal for “Kiosk app for a museum”.`,
        body: "Your kiosk work fits this.",
        href: `/projects/${project.id}`,
      },
    ]);
  });
});

describe("fixed-price contracts", () => {
  it("each milestone step tells the other party; the last approval completes the contract", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const before = await kindsOf(db, client.user.id);
    const planned = await client.api.contract.addMilestone(milestone(contract.id));
    expect(await latest(freelancer)).toMatchObject({
      kind: "milestone.planned",
      title: expect.stringContaining(`${client.user.name} added the milestone “Booking screens”`),
      body: "$1,000, no due date.",
      href: `/contracts/${contract.id}`,
    });
    await client.api.contract.editMilestone({
      ...milestone(contract.id),
      id: planned.id,
      amountMinor: 120_000,
    });
    expect(await latest(freelancer)).toMatchObject({
      kind: "milestone.edited",
      body: "Now $1,200, no due date.",
    });
    await fund(client, planned.id);
    await freelancer.api.contract.submitMilestone({
      id: planned.id,
      note: "Screens are in the build.",
    });
    expect(await latest(client)).toMatchObject({
      kind: "milestone.submitted",
      title: expect.stringContaining(`${freelancer.user.name} submitted “Booking screens”`),
      body: "Screens are in the build.",
    });
    await client.api.contract.requestChanges({ id: planned.id, reason: "Add the empty states." });
    expect(await latest(freelancer)).toMatchObject({
      kind: "milestone.changes_requested",
      body: "Add the empty states.",
    });
    // A second hand-in is an event of its own.
    await freelancer.api.contract.submitMilestone({ id: planned.id, note: "Empty states added." });
    await client.api.contract.approveMilestone({ id: planned.id });
    // The money steps tell the freelancer too: the client funded it, and approval released it.
    expect((await kindsOf(db, freelancer.user.id)).slice(-6)).toEqual([
      "milestone.edited",
      "payment.funded",
      "milestone.changes_requested",
      "payment.released",
      "milestone.approved",
      "contract.completed",
    ]);
    expect(await latest(freelancer)).toMatchObject({
      title: expect.stringContaining("is complete"),
    });
    expect((await kindsOf(db, client.user.id)).slice(before.length)).toEqual([
      "milestone.submitted",
      "milestone.submitted",
    ]);
  });

  it("removing a planned milestone tells the freelancer", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const planned = await client.api.contract.addMilestone(milestone(contract.id, "Spare screens"));
    await client.api.contract.removeMilestone({ id: planned.id });
    expect(await latest(freelancer)).toMatchObject({
      kind: "milestone.edited",
      title: expect.stringContaining(`${client.user.name} removed the milestone “Spare screens”`),
      href: `/contracts/${contract.id}`,
    });
  });

  it("an amount change asked tells the freelancer; the answer tells the client", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const asked = await client.api.contract.proposeAmendment({
      contractId: contract.id,
      amountMinor: 500_000,
      reason: "Two more screens.",
    });
    expect(await latest(freelancer)).toMatchObject({
      kind: "amendment.proposed",
      title: expect.stringContaining("from $3,500 to $5,000"),
      body: "Two more screens.",
    });
    await freelancer.api.contract.respondToAmendment({ id: asked.id, accept: true });
    expect(await latest(client)).toMatchObject({
      kind: "amendment.answered",
      title: expect.stringContaining(`${freelancer.user.name} agreed to change the amount`),
    });
  });

  it("ending a contract tells the freelancer; each review tells the reviewee, each reply the reviewer", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    await client.api.contract.end({ id: contract.id });
    expect(await latest(freelancer)).toMatchObject({ kind: "contract.ended" });
    const scores = { overall: 4, communication: 5, quality: 4, timeliness: 3 };
    const review = await client.api.contract.leaveReview({
      contractId: contract.id,
      ...scores,
      comment: "Clear and quick.",
    });
    expect(await latest(freelancer)).toMatchObject({
      kind: "review.received",
      body: "Clear and quick.",
    });
    await freelancer.api.contract.replyToReview({ id: review.id, reply: "Thank you!" });
    expect(await latest(client)).toMatchObject({ kind: "review.replied", body: "Thank you!" });
  });
});

describe("hourly contracts", () => {
  it("a week handed in tells the client; a dispute and an approval tell the freelancer; ending completes", async () => {
    testClock.pinned = WEDNESDAY;
    const hired = await at(moment("2030-01-07T08:00:00Z"), () => hiredHourlyContract(db));
    const { client, freelancer, contract } = hired;
    const logged = await freelancer.api.timesheet.logTime({
      contractId: contract.id,
      ...entry("2030-01-07", 120),
    });
    await freelancer.api.timesheet.submitWeek({ id: logged.weekId });
    expect(await latest(client)).toMatchObject({
      kind: "timesheet.submitted",
      title: expect.stringContaining("submitted the week of Jan 7, 2030"),
    });
    await client.api.timesheet.disputeWeek({
      id: logged.weekId,
      entryIds: [logged.id],
      reason: "We agreed on one hour.",
    });
    expect(await latest(freelancer)).toMatchObject({
      kind: "timesheet.disputed",
      body: "We agreed on one hour.",
    });
    await at(moment("2030-01-09T13:00:00Z"), () =>
      freelancer.api.timesheet.submitWeek({ id: logged.weekId }),
    );
    await client.api.timesheet.approveWeek({ id: logged.weekId });
    expect(await latest(freelancer)).toMatchObject({ kind: "timesheet.approved" });
    await client.api.contract.end({ id: contract.id });
    expect(await kindsOf(db, freelancer.user.id)).toEqual([
      "proposal.hired",
      "timesheet.disputed",
      "timesheet.approved",
      "contract.completed",
    ]);
    expect(await kindsOf(db, client.user.id)).toEqual([
      "proposal.received",
      "timesheet.submitted",
      "timesheet.submitted",
    ]);
    testClock.pinned = null;
  });
});

describe("hourly weeks moved by time", () => {
  const system = () => ({ db, actor: { kind: "system" as const, job: "timesheet.timed_moves" } });

  it("logging closing tells the client, the review period ending tells the freelancer, each once", async () => {
    const hired = await at(moment("2030-01-07T08:00:00Z"), () => hiredHourlyContract(db));
    const { client, freelancer, contract, project } = hired;
    await at(WEDNESDAY, () =>
      freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry("2030-01-07", 90) }),
    );
    // Monday after the week: logging is still open, nothing has moved.
    expect(await announceTimedMoves(system(), NEXT_MONDAY_NOON)).toBe(0);
    expect(await announceTimedMoves(system(), NEXT_TUESDAY)).toBe(1);
    expect(await latest(client)).toMatchObject({
      kind: "timesheet.submitted",
      title: `Logging closed: the week of Jan 7, 2030 on “${project.title}” went to you for review.`,
      href: `/contracts/${contract.id}`,
    });
    // A repeated run, and the last moment of the review period, tell no one again.
    expect(await announceTimedMoves(system(), NEXT_TUESDAY)).toBe(0);
    expect(await announceTimedMoves(system(), REVIEW_ENDS)).toBe(0);
    expect(await announceTimedMoves(system(), AFTER_REVIEW)).toBe(1);
    expect(await latest(freelancer)).toMatchObject({
      kind: "timesheet.approved",
      title: `Your hours for the week of Jan 7, 2030 on “${project.title}” count as approved: the review period ended.`,
    });
    expect(await announceTimedMoves(system(), moment("2030-01-25T00:00:00Z"))).toBe(0);
    expect(await kindsOf(db, client.user.id)).toEqual(["proposal.received", "timesheet.submitted"]);
    expect(await kindsOf(db, freelancer.user.id)).toEqual(["proposal.hired", "timesheet.approved"]);
  });

  it("a week the client answered in time is not announced; one missed while jobs were down is, within the lookback", async () => {
    const answered = await at(moment("2030-01-07T08:00:00Z"), () => hiredHourlyContract(db));
    const missed = await at(moment("2030-01-07T08:00:00Z"), () => hiredHourlyContract(db));
    const weekIds: string[] = [];
    for (const { freelancer, contract } of [answered, missed]) {
      const logged = await at(WEDNESDAY, () =>
        freelancer.api.timesheet.logTime({ contractId: contract.id, ...entry("2030-01-08", 60) }),
      );
      weekIds.push(logged.weekId);
    }
    await at(WEDNESDAY, () => answered.freelancer.api.timesheet.submitWeek({ id: weekIds[0]! }));
    await at(moment("2030-01-16T09:00:00Z"), () =>
      answered.client.api.timesheet.approveWeek({ id: weekIds[0]! }),
    );
    // The engine was down from before logging closed until after the review period.
    expect(await announceTimedMoves(system(), moment("2030-01-20T00:00:00Z"))).toBe(2);
    expect(await kindsOf(db, missed.client.user.id)).toEqual([
      "proposal.received",
      "timesheet.submitted",
    ]);
    expect(await kindsOf(db, missed.freelancer.user.id)).toEqual([
      "proposal.hired",
      "timesheet.approved",
    ]);
    expect(await kindsOf(db, answered.freelancer.user.id)).toEqual([
      "proposal.hired",
      "timesheet.approved",
    ]);
    // Past the lookback a week is no longer looked at.
    const late = await at(moment("2030-01-07T08:00:00Z"), () => hiredHourlyContract(db));
    await at(WEDNESDAY, () =>
      late.freelancer.api.timesheet.logTime({
        contractId: late.contract.id,
        ...entry("2030-01-08", 30),
      }),
    );
    const afterLookback = new Date(AFTER_REVIEW.getTime() + TIMED_MOVES_LOOKBACK_MS);
    expect(await announceTimedMoves(system(), afterLookback)).toBe(0);
  });

  it("runs as a scheduled job every ten minutes", () => {
    expect(schedules).toContainEqual({
      name: "timesheet.timed_moves",
      pattern: "*/10 * * * *",
      timeZone: "UTC",
    });
    expect(jobHandlers["timesheet.timed_moves"]).toBeTypeOf("function");
  });
});

describe("once per event, with the change", () => {
  const notice = (userId: string, eventKey = `test.event:${crypto.randomUUID()}`) => ({
    userId,
    kind: "proposal.received" as const,
    eventKey,
    title: "Someone sent a proposal for “Kiosk app for a museum”.",
    href: "/my/projects/x",
  });

  it("a replayed event notifies once: one row, one live event, one email job", async () => {
    const client = await actor(db, "client");
    const event = notice(client.user.id);
    const ctx = domainCtx(db);
    const first = await notify(ctx, event);
    const again = await notify(ctx, event);
    const inOneTransaction = await withTransaction(ctx, async (tx) => [
      await notify(tx, event),
      await notify(tx, event),
    ]);
    expect(first).toEqual(expect.any(String));
    expect([again, ...inOneTransaction]).toEqual([null, null, null]);
    expect(await notificationsOf(db, client.user.id)).toHaveLength(1);
    expect(await streamOf(db, client.user.id)).toMatchObject([
      { type: "notification", data: { notificationId: first, unread: 1 } },
    ]);
    const emails = (await jobsNamed(db, "notification.email")).filter(
      (job) => (job.payload as { notificationId: string }).notificationId === first,
    );
    expect(emails).toHaveLength(1);
  });

  it("a proposal sent twice (the second refused) notified once", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const project = await openProject(client);
    await freelancer.api.proposal.submit(proposalInput(project.id));
    await expect(freelancer.api.proposal.submit(proposalInput(project.id))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await kindsOf(db, client.user.id)).toEqual(["proposal.received"]);
  });

  it("a change that rolls back leaves no notification, no live event and no job", async () => {
    const client = await actor(db, "client");
    const event = notice(client.user.id);
    const jobsBefore = (await jobsNamed(db, "notification.email")).length;
    await expect(
      withTransaction(domainCtx(db), async (tx) => {
        await notify(tx, event);
        throw new Error("the change failed after notifying");
      }),
    ).rejects.toThrow("the change failed");
    expect(await notificationsOf(db, client.user.id)).toEqual([]);
    expect(await streamOf(db, client.user.id)).toEqual([]);
    expect(await jobsNamed(db, "notification.email")).toHaveLength(jobsBefore);
    // The same event, now committed, notifies: the rolled-back one left nothing behind.
    await notify(domainCtx(db), event);
    expect(await notificationsOf(db, client.user.id)).toHaveLength(1);
  });

  it("a refused action notifies nobody", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const before = await db.$count(notifications);
    await expect(
      client.api.contract.addMilestone({ ...milestone(contract.id), amountMinor: 99_000_000 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.$count(notifications)).toBe(before);
    expect(await kindsOf(db, freelancer.user.id)).toEqual(["proposal.hired"]);
  });

  it("nobody is told of their own action", async () => {
    const client = await actor(db, "client");
    const ctx = { ...domainCtx(db), actor: client.session };
    expect(await notify(ctx, notice(client.user.id))).toBeNull();
    expect(await db.$count(notifications, eq(notifications.userId, client.user.id))).toBe(0);
  });
});
