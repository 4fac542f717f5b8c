import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { auditEvents } from "~/server/db/schema/auth";
import { milestones } from "~/server/db/schema/contracts";
import { files } from "~/server/db/schema/files";
import { invoices, ledgerEntries, ledgerTransactions, refunds } from "~/server/db/schema/money";
import { notifications } from "~/server/db/schema/notifications";
import { disputes } from "~/server/db/schema/trust";
import { fileAccess } from "~/server/domain/file/file-access";
import { billWeek } from "~/server/domain/money/bill-week";
import { runDueJobs } from "~/server/jobs/drain";
import { actorOf, callerFor } from "../../helpers/caller";
import { hiredContract, hiredHourlyContract } from "../../helpers/marketplace";
import { balance, cards, expectLedgerConsistent, fund, runDelayed } from "../../helpers/money";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { provenAdmin } from "../admin/proven-admin";

let db: Database;
let admin: Awaited<ReturnType<typeof provenAdmin>>;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
  admin = await provenAdmin(db);
});

const REASON = "The design handed in does not match the brief we agreed on at all.";
const DECISION = "The work covers most of the brief; the client keeps 40 % for the missing part.";

/** A hired fixed contract with one milestone of `amountMinor`, funded and (optionally) handed in. */
async function fundedMilestone({ amountMinor = 100_000, submit = true } = {}) {
  const hired = await hiredContract(db);
  const milestone = await hired.client.api.contract.addMilestone({
    contractId: hired.contract.id,
    title: "Design",
    amountMinor,
  });
  await fund(hired.client, milestone.id);
  if (submit)
    await hired.freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "Done",
      links: [],
    });
  return { ...hired, milestone };
}

/** `fundedMilestone`, which its client then disputes with `REASON`. */
async function disputedMilestone(options?: Parameters<typeof fundedMilestone>[0]) {
  const hired = await fundedMilestone(options);
  const dispute = await hired.client.api.dispute.open({
    item: "milestone",
    itemId: hired.milestone.id,
    reason: REASON,
  });
  return { ...hired, dispute };
}

/** A ready upload of `uploaderId`, as the upload flow leaves it. */
async function upload(uploaderId: string, name = "screenshot.png") {
  const [file] = await db
    .insert(files)
    .values({
      uploaderId,
      purpose: "attachment",
      name,
      contentType: "image/png",
      size: 68,
      storageKey: `test/${crypto.randomUUID()}`,
      status: "ready",
    })
    .returning();
  return file!;
}

describe("disputes", () => {
  it("freeze the money: no approval, automatic release, removal, top-up or contract end moves it", async () => {
    const { client, freelancer, contract, milestone } = await fundedMilestone();
    const evidence = await upload(client.user.id);
    const dispute = await client.api.dispute.open({
      item: "milestone",
      itemId: milestone.id,
      reason: REASON,
      fileIds: [evidence.id],
    });
    expect(dispute).toMatchObject({ status: "open", frozenMinor: 100_000 });

    await expect(client.api.contract.approveMilestone({ id: milestone.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("in dispute"),
    });
    await runDelayed(db, "milestone.auto_release");
    await expect(client.api.contract.removeMilestone({ id: milestone.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(client.api.contract.end({ id: contract.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("dispute"),
    });
    await expect(
      client.api.contract.editMilestone({
        id: milestone.id,
        title: "Design",
        amountMinor: 50_000,
        dueDate: null,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const [row] = await db.select().from(milestones).where(eq(milestones.id, milestone.id));
    expect(row!.status).toBe("submitted");
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(100_000);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(0);
    // A second dispute on the same milestone is refused while this one runs.
    await expect(
      freelancer.api.dispute.open({
        item: "milestone",
        itemId: milestone.id,
        reason: REASON,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expectLedgerConsistent(db);
  });

  it("are seen by the contract's parties and proven admins only; evidence files likewise", async () => {
    const { client, freelancer, milestone } = await fundedMilestone();
    const evidence = await upload(client.user.id);
    const dispute = await client.api.dispute.open({
      item: "milestone",
      itemId: milestone.id,
      reason: REASON,
      fileIds: [evidence.id],
    });
    const stranger = await actor(db, "client");
    await expect(stranger.api.dispute.byId({ id: dispute.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const unproven = await createUser(db, "admin", { emailVerified: new Date() });
    await expect(
      callerFor(db, actorOf(unproven)).dispute.byId({ id: dispute.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seen = await freelancer.api.dispute.byId({ id: dispute.id });
    expect(seen.posts[0]).toMatchObject({ kind: "opened", body: REASON });
    expect(seen.posts[0]!.files.map((file) => file.name)).toEqual(["screenshot.png"]);
    expect((await admin.api.dispute.byId({ id: dispute.id })).viewer).toMatchObject({
      role: "admin",
      canResolve: true,
    });
    expect(await fileAccess(db, freelancer.session, evidence.id)).not.toBeNull();
    expect(await fileAccess(db, admin.session, evidence.id)).not.toBeNull();
    expect(await fileAccess(db, stranger.session, evidence.id)).toBeNull();
    expect(await fileAccess(db, actorOf(unproven), evidence.id)).toBeNull();
    // Parties and admins are told.
    const told = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.eventKey, `dispute.opened:${dispute.id}`));
    expect(told.map((row) => row.userId)).toEqual(
      expect.arrayContaining([freelancer.user.id, admin.user.id]),
    );
    expect(told.map((row) => row.userId)).not.toContain(client.user.id);
  });

  it("a 60/40 split is one balanced transaction: the freelancer gets 60 % less the fee, the client 40 % back with a credit note", async () => {
    const { client, freelancer, contract, dispute } = await disputedMilestone();
    const answer = await upload(freelancer.user.id, "delivery-notes.pdf");
    await freelancer.api.dispute.post({
      disputeId: dispute.id,
      body: "Here is the delivery with notes on each part of the brief.",
      fileIds: [answer.id],
    });
    const [answered] = await db.select().from(disputes).where(eq(disputes.id, dispute.id));
    expect(answered!.answeredAt).not.toBeNull();

    await admin.api.dispute.takeUp({ id: dispute.id });
    const platformBefore = await balance(db, "platform_fees");
    const result = await admin.api.dispute.resolve({
      id: dispute.id,
      outcome: "split",
      releasedMinor: 60_000,
      decision: DECISION,
    });
    expect(result).toMatchObject({ releasedMinor: 60_000, feeMinor: 6_000, refundedMinor: 40_000 });
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(54_000);
    expect((await balance(db, "platform_fees")) - platformBefore).toBe(6_000);
    // The freelancer's earnings list it with Guild's fee, as a release is listed.
    const { items } = await freelancer.api.payment.transactions({ kind: "settlement" });
    expect(items).toMatchObject([
      {
        kind: "settlement",
        amountMinor: 54_000,
        feeMinor: 6_000,
        memo: "Dispute over “Design” settled",
      },
    ]);

    const settlement = await db
      .select()
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.idempotencyKey, `dispute:${dispute.id}`));
    expect(settlement).toHaveLength(1);
    const entries = await db
      .select({ amount: ledgerEntries.amountMinor })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.transactionId, settlement[0]!.id));
    expect(entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(0);
    expect(entries.map((entry) => entry.amount).sort((a, b) => a - b)).toEqual([
      -100_000, 6_000, 40_000, 54_000,
    ]);

    const [refund] = await db.select().from(refunds).where(eq(refunds.amountMinor, 40_000));
    expect(refund).toBeDefined();
    const [creditNote] = await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.kind, "refund"), eq(invoices.refundId, refund!.id)));
    expect(creditNote).toMatchObject({ amountMinor: 40_000, clientId: client.user.id });
    await runDueJobs(db);
    const billing = await client.api.payment.billing();
    expect(billing.refunds.find((row) => row.amountMinor === 40_000)?.status).toBe("succeeded");

    const workspace = await freelancer.api.contract.workspace({ id: contract.id });
    expect(workspace.milestones[0]).toMatchObject({ status: "approved" });
    const shown = await client.api.dispute.byId({ id: dispute.id });
    expect(shown).toMatchObject({ status: "resolved", outcome: "split", decision: DECISION });
    for (const party of [client.user.id, freelancer.user.id]) {
      const [notice] = await db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, party),
            eq(notifications.eventKey, `dispute.resolved:${dispute.id}`),
          ),
        );
      expect(notice?.title).toContain("$600 released to the freelancer and $400 refunded");
    }
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, dispute.id), eq(auditEvents.action, "dispute.resolved")));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.detail).toMatchObject({ reason: DECISION, releasedMinor: 60_000 });
    // Nothing more moves: the dispute is closed.
    await expect(
      admin.api.dispute.resolve({ id: dispute.id, outcome: "release", decision: DECISION }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expectLedgerConsistent(db);
  });

  it("ten admins resolving at once settle once", async () => {
    const { freelancer, contract, dispute } = await disputedMilestone();
    const admins = await Promise.all(Array.from({ length: 10 }, () => provenAdmin(db)));
    const results = await Promise.allSettled(
      admins.map((each) =>
        each.api.dispute.resolve({ id: dispute.id, outcome: "release", decision: DECISION }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(90_000);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    await expectLedgerConsistent(db);
  });

  it("refund all gives everything back; a split that is not a split is refused with a field error", async () => {
    const { client, contract, dispute } = await disputedMilestone({ submit: false });
    await expect(
      admin.api.dispute.resolve({
        id: dispute.id,
        outcome: "split",
        releasedMinor: 100_000,
        decision: DECISION,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      admin.api.dispute.resolve({ id: dispute.id, outcome: "split", decision: DECISION }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await admin.api.dispute.resolve({ id: dispute.id, outcome: "refund", decision: DECISION });
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    const workspace = await client.api.contract.workspace({ id: contract.id });
    expect(workspace.milestones[0]!.money.state).toBe("refunded");
    await expectLedgerConsistent(db);
  });

  it("only whoever opened it withdraws it, which unfreezes the money: the automatic release then pays once", async () => {
    const { client, freelancer, contract, dispute } = await disputedMilestone();
    await expect(freelancer.api.dispute.withdraw({ id: dispute.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await client.api.dispute.withdraw({ id: dispute.id });
    await expect(
      client.api.dispute.post({ disputeId: dispute.id, body: "One more thing", fileIds: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await runDelayed(db, "milestone.auto_release");
    expect(await balance(db, "available", { userId: freelancer.user.id })).toBe(90_000);
    expect(await balance(db, "escrow", { contractId: contract.id })).toBe(0);
    await expectLedgerConsistent(db);
  });

  it("admin steps refuse parties, other people and admins without a 2FA-proven session", async () => {
    const { client, freelancer, dispute } = await disputedMilestone();
    const unproven = callerFor(
      db,
      actorOf(await createUser(db, "admin", { emailVerified: new Date() })),
    );
    for (const caller of [client.api, freelancer.api, unproven]) {
      await expect(caller.dispute.takeUp({ id: dispute.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        caller.dispute.resolve({ id: dispute.id, outcome: "release", decision: DECISION }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.dispute.queue({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const queue = await admin.api.dispute.queue({});
    expect(queue.items.map((item) => item.id)).toContain(dispute.id);
  });

  it("the admins hear when the other party says nothing for 5 days, once, and not after an answer", async () => {
    const quiet = await disputedMilestone();
    const unanswered = quiet.dispute;
    const talkative = await disputedMilestone();
    const answered = talkative.dispute;
    await talkative.freelancer.api.dispute.post({
      disputeId: answered.id,
      body: "I disagree, and here is why.",
      fileIds: [],
    });
    await runDelayed(db, "dispute.check_answer");
    await runDelayed(db, "dispute.check_answer");
    const told = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, admin.user.id));
    expect(told.filter((n) => n.eventKey === `dispute.unanswered:${unanswered.id}`)).toHaveLength(
      1,
    );
    expect(told.filter((n) => n.eventKey === `dispute.unanswered:${answered.id}`)).toHaveLength(0);
  });

  it("a contract lists its disputes to its parties and offers only what escrow holds money for", async () => {
    const { client, freelancer, contract, milestone } = await fundedMilestone();
    const unfunded = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Launch",
      amountMinor: 20_000,
    });
    const before = await freelancer.api.dispute.forContract({ contractId: contract.id });
    expect(before.disputes).toEqual([]);
    expect(before.disputable).toEqual([
      {
        item: "milestone",
        itemId: milestone.id,
        what: "“Design”",
        heldMinor: 100_000,
        currency: "USD",
      },
    ]);
    expect(before.disputable.map((item) => item.itemId)).not.toContain(unfunded.id);
    const dispute = await client.api.dispute.open({
      item: "milestone",
      itemId: milestone.id,
      reason: REASON,
    });
    const during = await client.api.dispute.forContract({ contractId: contract.id });
    expect(during.disputes).toMatchObject([
      { id: dispute.id, itemId: milestone.id, what: "“Design”", status: "open" },
    ]);
    expect(during.disputable).toEqual([]);
    const stranger = await actor(db, "client");
    await expect(
      stranger.api.dispute.forContract({ contractId: contract.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await client.api.dispute.withdraw({ id: dispute.id });
    const after = await client.api.dispute.forContract({ contractId: contract.id });
    expect(after.disputes).toMatchObject([{ id: dispute.id, status: "withdrawn" }]);
    expect(after.disputable.map((item) => item.itemId)).toEqual([milestone.id]);
  });

  it("the parties hear from “Guild's admin”: only admins see which admin it was", async () => {
    const { client, dispute } = await disputedMilestone();
    await admin.api.dispute.takeUp({ id: dispute.id });
    const step = (await client.api.dispute.byId({ id: dispute.id })).posts.at(-1)!;
    expect(step).toMatchObject({
      kind: "under_review",
      authorId: null,
      authorName: "Guild's admin",
      authorRole: "admin",
    });
    expect((await admin.api.dispute.byId({ id: dispute.id })).posts.at(-1)).toMatchObject({
      authorId: admin.user.id,
      authorName: admin.user.name,
    });
  });

  it("the overview lists disputes unanswered for 5 days or untouched for 30, to proven admins only", async () => {
    const quiet = await disputedMilestone();
    const unanswered = quiet.dispute;
    const slow = await disputedMilestone();
    const untouched = slow.dispute;
    await slow.freelancer.api.dispute.post({ disputeId: untouched.id, body: "I disagree." });
    const fresh = await disputedMilestone();
    const recent = fresh.dispute;
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    await db
      .update(disputes)
      .set({ createdAt: daysAgo(6), lastActivityAt: daysAgo(6) })
      .where(eq(disputes.id, unanswered.id));
    await db
      .update(disputes)
      .set({ createdAt: daysAgo(40), lastActivityAt: daysAgo(31) })
      .where(eq(disputes.id, untouched.id));
    const listed = await admin.api.dispute.needingAttention();
    const mine = listed.filter((item) =>
      [unanswered.id, untouched.id, recent.id].includes(item.id),
    );
    expect(mine.map((item) => [item.id, item.unanswered, item.stale])).toEqual([
      [untouched.id, false, true],
      [unanswered.id, true, false],
    ]);
    await expect(quiet.client.api.dispute.needingAttention()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("nothing held, nothing to dispute; a stranger's contract does not exist", async () => {
    const hired = await hiredContract(db);
    const milestone = await hired.client.api.contract.addMilestone({
      contractId: hired.contract.id,
      title: "Design",
      amountMinor: 50_000,
    });
    await expect(
      hired.client.api.dispute.open({
        item: "milestone",
        itemId: milestone.id,
        reason: REASON,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const stranger = await actor(db, "freelancer");
    await expect(
      stranger.api.dispute.open({
        item: "milestone",
        itemId: milestone.id,
        reason: REASON,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a disputed hourly week", () => {
  const system = () => ({ db, actor: { kind: "system" as const, job: "timesheet.bill" } });

  it("is frozen through the dispute and settled by it, never billed again", async () => {
    const hired = await hiredHourlyContract(db, { rateMinor: 6_000 });
    const today = new Date().toISOString().slice(0, 10);
    const logged = await hired.freelancer.api.timesheet.logTime({
      contractId: hired.contract.id,
      workDate: today,
      minutes: 120,
      description: "Kickoff and booking flow",
    });
    await hired.client.api.payment.saveCard({ card: cards.visa });
    await hired.freelancer.api.timesheet.submitWeek({ id: logged.weekId });
    await runDueJobs(db);
    expect(await balance(db, "escrow", { contractId: hired.contract.id })).toBe(12_000);
    await hired.client.api.timesheet.disputeWeek({
      id: logged.weekId,
      entryIds: [logged.id],
      reason: "That block was the kickoff call we agreed not to bill.",
    });
    const { disputable } = await hired.freelancer.api.dispute.forContract({
      contractId: hired.contract.id,
    });
    expect(disputable).toMatchObject([{ item: "week", itemId: logged.weekId, heldMinor: 12_000 }]);
    expect(disputable[0]!.what).toMatch(/^the week of [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    const dispute = await hired.freelancer.api.dispute.open({
      item: "week",
      itemId: logged.weekId,
      reason: "The kickoff call was billable under our agreement in the proposal.",
    });
    expect(dispute.frozenMinor).toBe(12_000);
    expect(await billWeek(system(), logged.weekId, new Date(Date.now() + 60 * 86_400_000))).toBe(
      "frozen",
    );
    await admin.api.dispute.resolve({ id: dispute.id, outcome: "release", decision: DECISION });
    expect(await balance(db, "available", { userId: hired.freelancer.user.id })).toBe(10_800);
    expect(await billWeek(system(), logged.weekId, new Date(Date.now() + 60 * 86_400_000))).toBe(
      "nothing",
    );
    await runDueJobs(db);
    expect(await balance(db, "escrow", { contractId: hired.contract.id })).toBe(0);
    await expectLedgerConsistent(db);
  });
});
