import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A freelancer's history and withdrawals, a client's receipts, and the two files made from
 * them (the CSV export and the receipt's PDF) over the route handlers as Next serves them.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-earnings-"));
process.env.DATABASE_URL = `file:${path.join(dir, "earnings.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { invoices } = await import("~/server/db/schema/money");
const { runDueJobs } = await import("~/server/jobs/drain");
const csvRoute = await import("~/app/api/earnings/export/route");
const pdfRoute = await import("~/app/api/receipts/[receiptId]/pdf/route");
const { csvCell, earningsCsv } = await import("~/app/api/earnings/export/earnings-csv");
const { hiredContract, projectInput, proposalInput } = await import("../../helpers/marketplace");
const { actor } = await import("../../helpers/people");
const { fund } = await import("../../helpers/money");
const { sessionCookie } = await import("../../helpers/files");

let db: Awaited<ReturnType<typeof getDb>>;
beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

type Hired = Awaited<ReturnType<typeof hiredContract>>;

/**
 * Milestones planned together (the contract completes when its last one is approved), then
 * each funded, handed in and approved: its amount less the fee becomes available.
 */
async function release(hired: Hired, ...planned: [title: string, amountMinor: number][]) {
  const milestones = [];
  for (const [title, amountMinor] of planned)
    milestones.push(
      await hired.client.api.contract.addMilestone({
        contractId: hired.contract.id,
        title,
        amountMinor,
      }),
    );
  for (const milestone of milestones) {
    await fund(hired.client, milestone.id);
    await hired.freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "Done",
      links: [],
    });
    await hired.client.api.contract.approveMilestone({ id: milestone.id });
  }
}

/** A contract on a project with this title, hired through the procedures. */
async function hiredOn(title: string): Promise<Hired> {
  const client = await actor(db, "client");
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(await projectInput(db, { title }));
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
  const contract = await client.api.proposal.accept({ id: proposal.id });
  return { client, freelancer, project, contract } as Hired;
}

async function receiptOf(paymentId: string) {
  const [row] = await db.select().from(invoices).where(eq(invoices.paymentId, paymentId));
  return row!;
}

const csvGet = (query: string, cookie?: string) =>
  csvRoute.GET(
    new Request(`http://guild.test/api/earnings/export${query}`, {
      headers: cookie ? { cookie } : {},
    }),
  );

const pdfGet = (receiptId: string, cookie?: string) =>
  pdfRoute.GET(
    new Request(`http://guild.test/api/receipts/${receiptId}/pdf`, {
      headers: cookie ? { cookie } : {},
    }),
    { params: Promise.resolve({ receiptId }) },
  );

describe("a freelancer's history", () => {
  let hired: Hired;
  beforeAll(async () => {
    hired = await hiredContract(db);
    await release(
      hired,
      ...[10_000, 20_000, 30_000, 40_000, 50_000].map((amount, index): [string, number] => [
        `Part ${index + 1}`,
        amount,
      ]),
    );
  });

  it("pages by keyset: page 2 continues page 1 with no overlap and no gap", async () => {
    const api = hired.freelancer.api.payment;
    const all = await api.transactions({ limit: 100 });
    expect(all.items).toHaveLength(5);
    expect(all.nextCursor).toBeNull();
    const first = await api.transactions({ limit: 2 });
    const second = await api.transactions({ limit: 2, cursor: first.nextCursor });
    const third = await api.transactions({ limit: 2, cursor: second.nextCursor });
    expect(third.nextCursor).toBeNull();
    const paged = [...first.items, ...second.items, ...third.items].map((e) => e.seq);
    expect(paged).toEqual(all.items.map((e) => e.seq));
    expect(new Set(paged).size).toBe(5);
    // Newest first, each release with the fee it paid (10 %).
    expect(all.items[0]).toMatchObject({
      memo: "Released “Part 5”",
      amountMinor: 45_000,
      feeMinor: 5_000,
      account: "available",
      kind: "release",
    });
  });

  it("filters by account and kind, and shows nobody else's entries", async () => {
    const api = hired.freelancer.api.payment;
    await api.withdraw({ currency: "USD", amountMinor: 1_000 });
    const pending = await api.transactions({ limit: 100, account: "pending" });
    expect(pending.items.map((e) => [e.kind, e.amountMinor])).toEqual([["payout", 1_000]]);
    const releases = await api.transactions({ limit: 100, kind: "release" });
    expect(releases.items).toHaveLength(5);
    expect(releases.items.every((e) => e.kind === "release" && e.account === "available")).toBe(
      true,
    );
    const withdrawals = await api.transactions({ limit: 100, kind: "payout" });
    expect(withdrawals.items.map((e) => [e.account, e.amountMinor]).sort()).toEqual(
      [
        ["available", -1_000],
        ["pending", 1_000],
      ].sort(),
    );
    const other = await actor(db, "freelancer");
    expect((await other.api.payment.transactions({ limit: 100 })).items).toEqual([]);
    // The client's own history holds none of the freelancer's accounts.
    expect((await hired.client.api.payment.transactions({ limit: 100 })).items).toEqual([]);
  });
});

describe("withdrawing", () => {
  it("moves available to pending, then to paid out when the job has sent it", async () => {
    const hired = await hiredContract(db);
    await release(hired, ["Design", 100_000]);
    const api = hired.freelancer.api.payment;
    expect((await api.earnings()).balances).toEqual([
      { currency: "USD", available: 90_000, pending: 0, paid_out: 0 },
    ]);
    const payout = await api.withdraw({ currency: "USD" });
    expect(payout.amountMinor).toBe(90_000);
    expect((await api.earnings()).balances).toEqual([
      { currency: "USD", available: 0, pending: 90_000, paid_out: 0 },
    ]);
    await runDueJobs(db);
    expect((await api.earnings()).balances).toEqual([
      { currency: "USD", available: 0, pending: 0, paid_out: 90_000 },
    ]);
    const newest = (await api.transactions({ limit: 2 })).items;
    expect(newest.map((e) => `${e.kind} ${e.account} ${e.amountMinor}`).sort()).toEqual([
      "payout_paid paid_out 90000",
      "payout_paid pending -90000",
    ]);
  });

  it("cannot take more than is available, and two withdrawals of everything pay once", async () => {
    const hired = await hiredContract(db);
    await release(hired, ["Design", 100_000]);
    const api = hired.freelancer.api.payment;
    await expect(api.withdraw({ currency: "USD", amountMinor: 90_001 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const results = await Promise.allSettled([
      api.withdraw({ currency: "USD", amountMinor: 90_000 }),
      api.withdraw({ currency: "USD", amountMinor: 90_000 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await api.earnings()).balances).toEqual([
      { currency: "USD", available: 0, pending: 90_000, paid_out: 0 },
    ]);
    await expect(api.withdraw({ currency: "USD" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is a freelancer's: a client has nothing to withdraw", async () => {
    const client = await actor(db, "client");
    await expect(client.api.payment.withdraw({ currency: "USD" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("receipts", () => {
  it("are the client's only: the freelancer and a stranger find nothing", async () => {
    const hired = await hiredContract(db);
    const milestone = await hired.client.api.contract.addMilestone({
      contractId: hired.contract.id,
      title: "Design",
      amountMinor: 50_000,
    });
    const { payment } = (await fund(hired.client, milestone.id)) as { payment: { id: string } };
    const receipt = await receiptOf(payment.id);
    const shown = await hired.client.api.payment.receipt({ id: receipt.id });
    expect(shown).toMatchObject({ kind: "receipt", amountMinor: 50_000, currency: "USD" });
    const stranger = await actor(db, "client");
    for (const other of [hired.freelancer, stranger])
      await expect(other.api.payment.receipt({ id: receipt.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
  });
});

describe("the CSV export", () => {
  it("is the person's own entries, with decimal amounts, fees and quoted cells", async () => {
    const hired = await hiredContract(db);
    await release(hired, ['Logo, "final"', 12_345], ["Icons", 1_000]);
    const cookie = await sessionCookie(db, hired.freelancer.user);
    const response = await csvGet("", cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="guild-earnings-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Date (UTC),Description,Account,Kind,Amount,Fee,Currency");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^\d{4}-\d{2}-\d{2}T[\d:.]+Z,Released “Icons”,Available,Release,9\.00,1\.00,USD$/,
    );
    // 12,345 less a 10 % fee rounded half up (1,235): 11,110.
    expect(lines[2]).toContain(',"Released “Logo, ""final""”",Available,Release,111.10,12.35,USD');

    const filtered = await csvGet("?account=pending", cookie);
    expect((await filtered.text()).trimEnd().split("\r\n")).toHaveLength(1);
  });

  it("keeps text that looks like a formula as text, and amounts as numbers", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    for (const start of ["+", "-", "@", "\t", "\r"])
      expect(csvCell(`${start}cmd`).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell("-12.50")).toBe("-12.50");
    expect(csvCell("plain words")).toBe("plain words");
    const csv = earningsCsv([
      {
        at: new Date("2026-01-02T03:04:05Z"),
        memo: "=1+1",
        account: "available",
        kind: "payout",
        amountMinor: -1_500,
        feeMinor: 0,
        currency: "JPY",
      },
      {
        at: new Date("2026-01-02T03:04:05Z"),
        memo: "@SUM(A1)",
        account: "pending",
        kind: "payout",
        amountMinor: 1_250,
        feeMinor: 0,
        currency: "KWD",
      },
    ]);
    expect(csv.split("\r\n")[1]).toBe(
      "2026-01-02T03:04:05.000Z,'=1+1,Available,Withdrawal,-1500,,JPY",
    );
    expect(csv.split("\r\n")[2]).toBe(
      "2026-01-02T03:04:05.000Z,'@SUM(A1),Pending,Withdrawal,1.250,,KWD",
    );
  });

  it("answers 401 to nobody and 400, with a sentence, to a filter it does not know", async () => {
    const response = await csvGet("");
    expect(response.status).toBe(401);
    const freelancer = await actor(db, "freelancer");
    const cookie = await sessionCookie(db, freelancer.user);
    for (const query of ["?account=escrow", "?kind=bogus", "?account=available&account=pending"]) {
      const refused = await csvGet(query, cookie);
      expect(refused.status, query).toBe(400);
      expect(await refused.text()).toMatch(/^[A-Z].*\.\n$/);
    }
    expect((await csvGet("?account=&kind=&other=1", cookie)).status).toBe(200);
  });
});

describe("the receipt's PDF", () => {
  async function paidOn(title: string) {
    const hired = await hiredOn(title);
    const milestone = await hired.client.api.contract.addMilestone({
      contractId: hired.contract.id,
      title: "Design 🎨 デザイン",
      amountMinor: 75_000,
    });
    const { payment } = (await fund(hired.client, milestone.id)) as { payment: { id: string } };
    return { hired, receipt: await receiptOf(payment.id) };
  }

  it("is a PDF named by the receipt's number, for its client", async () => {
    const { hired, receipt } = await paidOn("Shop redesign for the bakery on Main Street");
    const response = await pdfGet(receipt.id, await sessionCookie(db, hired.client.user));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="guild-receipt-GLD-\d{6}\.pdf"$/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("draws a title with emoji and CJK without failing", async () => {
    const { hired, receipt } = await paidOn("Café 東京 website rebuild 🚀 with “quotes”");
    const response = await pdfGet(receipt.id, await sessionCookie(db, hired.client.user));
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF");
  });

  it("is a 404 for the freelancer, a stranger, nobody and a made-up id", async () => {
    const { hired, receipt } = await paidOn("Menu boards for the bakery on Main Street");
    const stranger = await actor(db, "client");
    for (const cookie of [
      await sessionCookie(db, hired.freelancer.user),
      await sessionCookie(db, stranger.user),
      undefined,
    ])
      expect((await pdfGet(receipt.id, cookie)).status).toBe(404);
    const own = await sessionCookie(db, hired.client.user);
    expect((await pdfGet("not-a-receipt", own)).status).toBe(404);
    expect((await pdfGet("x".repeat(500), own)).status).toBe(404);
  });
});
