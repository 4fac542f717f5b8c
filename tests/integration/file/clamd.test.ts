import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The clamd INSTREAM protocol against a tiny fake clamd (no real scanner needed): framing,
 * verdicts, errors and silence; then uploads scanned before they are kept.
 */
type Mode = "scan" | "error" | "silent";
const seen: { chunks: number[]; bytes: number; command: string }[] = [];
let mode: Mode = "scan";

const fake = net.createServer((socket) => {
  let buffer = Buffer.alloc(0);
  const session = { chunks: [] as number[], bytes: 0, command: "" };
  let body = Buffer.alloc(0);
  seen.push(session);
  socket.on("data", (data) => {
    buffer = Buffer.concat([buffer, data]);
    if (!session.command) {
      const end = buffer.indexOf(0);
      if (end < 0) return;
      session.command = buffer.subarray(0, end).toString();
      buffer = buffer.subarray(end + 1);
    }
    if (mode === "silent") return;
    if (mode === "error") {
      socket.end("INSTREAM size limit exceeded. ERROR\0");
      return;
    }
    while (buffer.length >= 4) {
      const length = buffer.readUInt32BE(0);
      if (buffer.length < 4 + length) return;
      session.chunks.push(length);
      body = Buffer.concat([body, buffer.subarray(4, 4 + length)]);
      session.bytes += length;
      buffer = buffer.subarray(4 + length);
      if (length === 0) {
        const infected = body.includes("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");
        socket.end(infected ? "stream: Win.Test.EICAR_HDB-1 FOUND\0" : "stream: OK\0");
        return;
      }
    }
  });
  socket.on("error", () => undefined);
});
await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
const clamdUrl = `tcp://127.0.0.1:${(fake.address() as net.AddressInfo).port}`;

const dir = mkdtempSync(path.join(tmpdir(), "guild-clamd-"));
process.env.DATABASE_URL = `file:${path.join(dir, "files.db")}`;
process.env.CLAMAV_URL = clamdUrl;

const { scanWithClamd, verdictOf } = await import("~/server/storage/clamd");
const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { files } = await import("~/server/db/schema/files");
const uploadRoute = await import("~/app/api/files/[fileId]/upload/route");
const { actor } = await import("../../helpers/people");
const { samples, sessionCookie, uploadRequest } = await import("../../helpers/files");

let db: Awaited<ReturnType<typeof getDb>>;

beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});

afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => fake.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function* pieces(...parts: Uint8Array[]) {
  for (const part of parts) yield part;
}

describe("scanWithClamd", () => {
  it("sends zINSTREAM, length-prefixed chunks of at most 64 KiB and a zero length", async () => {
    mode = "scan";
    const big = Buffer.alloc(150 * 1024, 7);
    expect(await scanWithClamd(clamdUrl, pieces(Buffer.from("hello "), big))).toEqual({
      clean: true,
    });
    expect(seen.at(-1)).toEqual({
      command: "zINSTREAM",
      chunks: [6, 65536, 65536, 22528, 0],
      bytes: 6 + big.length,
    });
  });

  it("names the signature of what it found", async () => {
    mode = "scan";
    expect(await scanWithClamd(clamdUrl, pieces(samples.eicar()))).toEqual({
      clean: false,
      signature: "Win.Test.EICAR_HDB-1",
    });
  });

  it("never passes a file when clamd errs, is silent or is not there", async () => {
    mode = "error";
    await expect(scanWithClamd(clamdUrl, pieces(Buffer.alloc(10)))).rejects.toThrow(
      /INSTREAM size limit exceeded/,
    );
    mode = "silent";
    await expect(
      scanWithClamd(clamdUrl, pieces(Buffer.alloc(10)), { timeoutMs: 200 }),
    ).rejects.toThrow();
    await expect(scanWithClamd("tcp://127.0.0.1:9", pieces(Buffer.alloc(10)))).rejects.toThrow();
    mode = "scan";
  });

  it("reads clamd's lines", () => {
    expect(verdictOf("stream: OK\0")).toEqual({ clean: true });
    expect(verdictOf("stream: Eicar-Test-Signature FOUND\0")).toEqual({
      clean: false,
      signature: "Eicar-Test-Signature",
    });
    expect(() => verdictOf("")).toThrow(/no answer/);
    expect(() => verdictOf("stream: lstat() failed ERROR\0")).toThrow(/lstat/);
  });
});

describe("uploads with CLAMAV_URL set", () => {
  it("keeps a clean file and refuses one with malware, keeping nothing of it", async () => {
    mode = "scan";
    const person = await actor(db, "client");
    const cookie = await sessionCookie(db, person.user);
    const put = async (name: string, bytes: Buffer) => {
      const { file } = await person.api.file.createUpload({
        purpose: "attachment",
        name,
        size: bytes.length,
      });
      const response = await uploadRoute.PUT(uploadRequest(file.id, bytes, { cookie }), {
        params: Promise.resolve({ fileId: file.id }),
      });
      const row = (await db.select().from(files).where(eq(files.id, file.id)))[0];
      return { status: response.status, body: (await response.json()) as unknown, row };
    };

    const clean = await put("plan.pdf", samples.pdf(8000));
    expect(clean.status).toBe(201);
    expect(clean.row).toMatchObject({
      status: "ready",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const infected = await put("eicar.txt", samples.eicar());
    expect(infected).toEqual({
      status: 422,
      body: { error: "This file contains malware (Win.Test.EICAR_HDB-1), so it was not kept." },
      row: undefined,
    });

    mode = "error";
    const unscanned = await put("later.pdf", samples.pdf(2000));
    expect(unscanned).toMatchObject({ status: 503, row: undefined });
    mode = "scan";
  });
});
