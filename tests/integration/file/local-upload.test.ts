import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The local backend end to end, over the route handlers as Next serves them: a reserved upload,
 * its bytes PUT (streamed, hashed, sniffed), refusals that leave nothing behind, and the file
 * served back with headers that never let it run as a page.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-upload-"));
process.env.DATABASE_URL = `file:${path.join(dir, "files.db")}`;
process.env.FILES_MAX_BYTES = String(300 * 1024);
const storageDir = process.env.FILES_DIR!;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { files, avatars } = await import("~/server/db/schema/files");
const uploadRoute = await import("~/app/api/files/[fileId]/upload/route");
const fileRoute = await import("~/app/api/files/[fileId]/route");
const { actor } = await import("../../helpers/people");
const { chunked, filesUnder, samples, sessionCookie, uploadRequest } =
  await import("../../helpers/files");

type Person = Awaited<ReturnType<typeof actor>> & { cookie: string };
let db: Awaited<ReturnType<typeof getDb>>;
let client: Person;
let stranger: Person;

async function person(role: "client" | "freelancer"): Promise<Person> {
  const made = await actor(db, role);
  return { ...made, cookie: await sessionCookie(db, made.user) };
}

beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
  client = await person("client");
  stranger = await person("client");
});

afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

const params = (fileId: string) => ({ params: Promise.resolve({ fileId }) });

async function put(fileId: string, body: Uint8Array | ReadableStream<Uint8Array>, options = {}) {
  const response = await uploadRoute.PUT(uploadRequest(fileId, body, options), params(fileId));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function get(fileId: string, cookie?: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://guild.test/api/files/${fileId}`, {
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
  });
  return fileRoute.GET(request, params(fileId));
}

async function reserve(
  who: Person,
  name: string,
  size: number,
  purpose: "attachment" | "avatar" = "attachment",
) {
  return who.api.file.createUpload({ purpose, name, size });
}

const rowOf = async (id: string) =>
  (await db.select().from(files).where(eq(files.id, id)).limit(1))[0];
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("uploading to the local folder", () => {
  it("streams the bytes in, hashes and sniffs them, and keeps the file under its own key", async () => {
    const bytes = samples.pdf(200 * 1024);
    const { file, upload } = await reserve(client, "Brief for the booking app.pdf", bytes.length);
    expect(upload).toEqual({ kind: "local", url: `/api/files/${file.id}/upload`, method: "PUT" });
    expect(await rowOf(file.id)).toMatchObject({ status: "pending", uploaderId: client.user.id });

    const answer = await put(file.id, chunked(bytes), {
      cookie: client.cookie,
      length: bytes.length,
    });
    expect(answer).toEqual({
      status: 201,
      body: {
        file: {
          id: file.id,
          name: "Brief for the booking app.pdf",
          contentType: "application/pdf",
          size: bytes.length,
          url: `/api/files/${file.id}`,
          isImage: false,
        },
      },
    });
    const row = (await rowOf(file.id))!;
    expect(row).toMatchObject({ status: "ready", sha256: sha256(bytes), size: bytes.length });
    const stored = path.join(storageDir, ...row.storageKey.split("/"));
    expect(readFileSync(stored).equals(bytes)).toBe(true);
    expect(filesUnder(path.join(storageDir, ".tmp"))).toEqual([]);
  });

  it("serves it back to its uploader with headers that keep it a download", async () => {
    const bytes = samples.pdf(5000);
    const { file } = await reserve(client, "Quote – März.pdf", bytes.length);
    await put(file.id, bytes, { cookie: client.cookie });

    const response = await get(file.id, client.cookie);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(bytes.length),
      "content-disposition": `attachment; filename="Quote _ M_rz.pdf"; filename*=UTF-8''Quote%20%E2%80%93%20M%C3%A4rz.pdf`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, max-age=300",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    // A second fetch with the ETag costs no bytes.
    const again = await get(file.id, client.cookie, {
      "if-none-match": response.headers.get("etag")!,
    });
    expect(again.status).toBe(304);
  });

  it("shows nobody else an unattached file: not another person, not a visitor, not a guesser", async () => {
    const { file } = await reserve(client, "draft.pdf", 4096);
    await put(file.id, samples.pdf(4096), { cookie: client.cookie });
    const missing = await get(crypto.randomUUID(), stranger.cookie);
    const missingBody = await missing.text();
    for (const cookie of [stranger.cookie, undefined]) {
      const response = await get(file.id, cookie);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(missingBody);
    }
  });

  it("refuses a body past the limit whatever it declared, and keeps nothing", async () => {
    const before = filesUnder(storageDir);
    await expect(
      client.api.file.createUpload({ purpose: "attachment", name: "huge.zip", size: 301 * 1024 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { size: ["This file is 301 KB. Files can be at most 300 KB."] } },
    });

    // It said 1 KB, then sent 400 KB with no length at all.
    const { file } = await reserve(client, "liar.pdf", 1024);
    const answer = await put(file.id, chunked(samples.pdf(400 * 1024)), {
      cookie: client.cookie,
      length: null,
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatch(/at most 300 KB/);
    expect(await rowOf(file.id)).toBeUndefined();
    expect(filesUnder(storageDir)).toEqual(before);

    // A declared length past the limit is refused before a byte is read.
    const declared = await reserve(client, "declared.pdf", 1024);
    const early = await put(declared.file.id, samples.pdf(1024), {
      cookie: client.cookie,
      length: 400 * 1024,
    });
    expect(early.status).toBe(413);
    expect(await rowOf(declared.file.id)).toBeUndefined();
    expect(filesUnder(storageDir)).toEqual(before);
  });

  it("keeps nothing of an upload cut off mid-way, and lets it be sent again", async () => {
    const bytes = samples.pdf(100 * 1024);
    const { file } = await reserve(client, "flaky.pdf", bytes.length);
    const before = filesUnder(storageDir);
    const leaving = new AbortController();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 48 * 1024) {
          leaving.abort();
          return controller.error(new Error("connection reset"));
        }
        controller.enqueue(bytes.subarray(sent, sent + 16 * 1024));
        sent += 16 * 1024;
      },
    });
    const request = new Request(`http://guild.test/api/files/${file.id}/upload`, {
      method: "PUT",
      headers: { cookie: client.cookie, "content-length": String(bytes.length) },
      body,
      duplex: "half",
      signal: leaving.signal,
    } as RequestInit);
    const response = await uploadRoute.PUT(request, params(file.id));
    expect(response.status).toBe(400);
    expect(filesUnder(storageDir)).toEqual(before);
    expect(await rowOf(file.id)).toMatchObject({ status: "pending" });
    expect((await put(file.id, bytes, { cookie: client.cookie })).status).toBe(201);
  });

  it("refuses a program named like a PDF, whatever its name says", async () => {
    const before = filesUnder(storageDir);
    for (const [bytes, what] of [
      [samples.elf(), "a Linux program"],
      [samples.exe(), "a Windows program"],
    ] as const) {
      const { file } = await reserve(client, "invoice.pdf", bytes.length);
      const answer = await put(file.id, bytes, { cookie: client.cookie });
      expect(answer).toEqual({
        status: 415,
        body: {
          error: `“invoice.pdf” is ${what}, not a PDF. Programs can't be shared here, whatever they are named.`,
        },
      });
      expect(await rowOf(file.id)).toBeUndefined();
    }
    expect(filesUnder(storageDir)).toEqual(before);
  });

  it("neutralises a name with ../, a NUL and 300 characters", async () => {
    const hostile = `../../etc/${"x".repeat(300)}\u0000 \t report.pdf`;
    const { file } = await reserve(client, hostile, 4096);
    expect(file.name).toBe(`${"x".repeat(300)} report.pdf`.slice(0, 196) + ".pdf");
    expect(file.name).toHaveLength(200);
    const answer = await put(file.id, samples.pdf(4096), { cookie: client.cookie });
    expect(answer.status).toBe(201);
    const row = (await rowOf(file.id))!;
    expect(row.name).toBe(file.name);
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    const disposition = (await get(file.id, client.cookie)).headers.get("content-disposition")!;
    expect(disposition).not.toMatch(/[/\\\0]/);

    const back = await reserve(client, "..\\..\\", 10);
    expect(back.file.name).toBe("file");
  });

  it("refuses SVG and HTML, by name before the upload and by content after it", async () => {
    const svg = samples.svgWithScript();
    await expect(reserve(client, "logo.svg", svg.length)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^SVG and HTML files can't be uploaded/),
    });
    await expect(reserve(client, "page.html", 10)).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const disguised = await reserve(client, "notes.txt", svg.length);
    const answer = await put(disguised.file.id, svg, { cookie: client.cookie });
    expect(answer.status).toBe(415);
    expect(answer.body.error).toMatch(/^SVG and HTML files can't be uploaded/);
    expect(await rowOf(disguised.file.id)).toBeUndefined();

    const avatar = await reserve(client, "me.png", svg.length, "avatar");
    const asPicture = await put(avatar.file.id, svg, { cookie: client.cookie });
    expect(asPicture).toEqual({
      status: 415,
      body: { error: "Use a JPEG, PNG, WebP or GIF image here." },
    });
  });

  it("keeps plain text named as text, and refuses text with a NUL", async () => {
    const words = samples.text("# Plan\n\nWeek one: the booking flow. Ünïcödé is fine.\n");
    const { file } = await reserve(client, "plan.md", words.length);
    const answer = await put(file.id, words, { cookie: client.cookie });
    expect(answer.body.file).toMatchObject({ contentType: "text/markdown", isImage: false });
    const response = await get(file.id, client.cookie);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);

    const binary = Buffer.from("looks like text\0but is not");
    const nul = await reserve(client, "data.txt", binary.length);
    expect((await put(nul.file.id, binary, { cookie: client.cookie })).status).toBe(415);
  });

  it("shows pictures inline, and an avatar in use to anyone", async () => {
    const png = samples.png();
    const { file } = await reserve(client, "me.png", png.length, "avatar");
    await put(file.id, png, { cookie: client.cookie });
    expect((await get(file.id)).status).toBe(404);
    await db
      .insert(avatars)
      .values({ userId: client.user.id, fileId: file.id, updatedAt: new Date() });

    const response = await get(file.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("takes bytes only from the uploader, for a pending file, from this site", async () => {
    const bytes = samples.pdf(2048);
    const { file } = await reserve(client, "mine.pdf", bytes.length);
    expect(await put(file.id, bytes, { cookie: stranger.cookie })).toMatchObject({ status: 404 });
    expect(await put(file.id, bytes)).toMatchObject({ status: 401 });
    const crossSite = new Request(`http://guild.test/api/files/${file.id}/upload`, {
      method: "PUT",
      headers: { cookie: client.cookie, "sec-fetch-site": "cross-site" },
      body: bytes,
    });
    expect((await uploadRoute.PUT(crossSite, params(file.id))).status).toBe(403);
    expect(await rowOf(file.id)).toMatchObject({ status: "pending" });

    expect((await put(file.id, bytes, { cookie: client.cookie })).status).toBe(201);
    // A ready file is never written again.
    expect(await put(file.id, samples.pdf(10), { cookie: client.cookie })).toMatchObject({
      status: 404,
    });
    expect(await put(crypto.randomUUID(), bytes, { cookie: client.cookie })).toMatchObject({
      status: 404,
    });
  });
});
