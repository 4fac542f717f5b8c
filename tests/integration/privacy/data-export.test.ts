import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A person's copy of their data: asked for once a day, gathered by the `privacy.export` job
 * into a zip (their rows as JSON, their files' bytes), announced by a notification and served
 * by the download route to its owner only, until the retention job removes it.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-export-"));
process.env.DATABASE_URL = `file:${path.join(dir, "export.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { dataExports } = await import("~/server/db/schema/privacy");
const { files } = await import("~/server/db/schema/files");
const { runDueJobs } = await import("~/server/jobs/drain");
const { getStorage } = await import("~/server/storage/get-storage");
const { applyPrivacyRetention } = await import("~/server/domain/privacy/apply-retention");
const route = await import("~/app/api/data-exports/[exportId]/route");
const { proposalConversation } = await import("../../helpers/conversations");
const { sessionCookie } = await import("../../helpers/files");
const { notificationsOf } = await import("../../helpers/notifications");

let db: Awaited<ReturnType<typeof getDb>>;
beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

const download = (exportId: string, cookie?: string) =>
  route.GET(
    new Request(`http://guild.test/api/data-exports/${exportId}`, {
      headers: cookie ? { cookie } : {},
    }),
    { params: Promise.resolve({ exportId }) },
  );

async function uploaded(uploaderId: string, name: string, text: string) {
  const storageKey = `ab/${crypto.randomUUID()}`;
  const bytes = Buffer.from(text);
  await getStorage().put(storageKey, bytes);
  const [file] = await db
    .insert(files)
    .values({
      uploaderId,
      purpose: "portfolio",
      name,
      contentType: "text/plain",
      size: bytes.length,
      storageKey,
      status: "ready",
      attachedAt: new Date(),
    })
    .returning();
  return file!;
}

describe("a data export", () => {
  it("holds the person's data and files, reaches them through a notification, and only them", async () => {
    const talk = await proposalConversation(db);
    const { client, freelancer } = talk;
    await freelancer.api.message.send({
      conversationId: talk.conversationId,
      body: "Freelancer's own words, exported",
    });
    await client.api.message.send({
      conversationId: talk.conversationId,
      body: "The client's answer in their shared thread",
    });
    const file = await uploaded(freelancer.user.id, "case-study.txt", "portfolio bytes 42");
    // Someone else's private conversation, which must not appear.
    const others = await proposalConversation(db);
    await others.client.api.message.send({
      conversationId: others.conversationId,
      body: "A private message between two other people",
    });

    const asked = await freelancer.api.privacy.requestExport();
    expect(asked.status).toBe("requested");
    await expect(freelancer.api.privacy.requestExport()).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await runDueJobs(db);

    const { exports, nextAllowedAt } = await freelancer.api.privacy.exports();
    expect(exports[0]).toMatchObject({ id: asked.id, status: "ready", downloadable: true });
    expect(nextAllowedAt).not.toBeNull();
    const told = await notificationsOf(db, freelancer.user.id);
    expect(told.map((n) => [n.kind, n.href])).toContainEqual([
      "data_export.ready",
      "/account/privacy",
    ]);

    const response = await download(asked.id, await sessionCookie(db, freelancer.user));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="guild-data-/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const archive = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(archive)).toEqual(
      expect.arrayContaining(["README.txt", "guild-data.json", `files/${file.id}-case-study.txt`]),
    );
    expect(strFromU8(archive[`files/${file.id}-case-study.txt`]!)).toBe("portfolio bytes 42");
    const json = strFromU8(archive["guild-data.json"]!);
    const data = JSON.parse(json) as Record<string, { [key: string]: unknown }[]>;
    expect(data.account![0]).toMatchObject({
      id: freelancer.user.id,
      email: freelancer.user.email,
    });
    expect(data.proposals!.map((p) => p.id)).toEqual([talk.proposal.id]);
    expect(data.messages!.map((m) => m.body)).toEqual(
      expect.arrayContaining([
        "Freelancer's own words, exported",
        "The client's answer in their shared thread",
      ]),
    );
    expect(data.files!.map((f) => f.id)).toContain(file.id);
    expect(json).not.toContain("A private message between two other people");
    expect(json).not.toContain(others.client.user.email);
    expect(json).not.toMatch(/passwordHash|tokenHash|twoFactorSecret/);

    // Anyone else, or nobody, finds nothing there.
    expect((await download(asked.id, await sessionCookie(db, client.user))).status).toBe(404);
    expect((await download(asked.id)).status).toBe(404);
    expect(
      (await download(crypto.randomUUID(), await sessionCookie(db, freelancer.user))).status,
    ).toBe(404);

    // Once a day: a new request before then is refused, saying so.
    await expect(freelancer.api.privacy.requestExport()).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/once every 24 hours/),
    });

    // After its week the archive and its row are gone, and the link answers 404.
    const [row] = await db.select().from(dataExports).where(eq(dataExports.id, asked.id));
    expect(await getStorage().head(row!.storageKey!)).not.toBeNull();
    const later = new Date(row!.expiresAt!.getTime() + 60_000);
    expect(await applyPrivacyRetention(db, later)).toMatchObject({ exportsRemoved: 1 });
    expect(await getStorage().head(row!.storageKey!)).toBeNull();
    expect(await db.select().from(dataExports).where(eq(dataExports.id, asked.id))).toEqual([]);
    expect((await download(asked.id, await sessionCookie(db, freelancer.user))).status).toBe(404);
  });
});
