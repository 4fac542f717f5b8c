import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startS3 } from "../../helpers/s3-server";

/**
 * The S3 backend against a real S3-compatible server: the browser's presigned POST, the
 * check of what arrived (completeUpload), and downloads redirected to presigned URLs that
 * serve the bytes with Guild's type and disposition.
 */
const s3 = await startS3();
const dir = mkdtempSync(path.join(tmpdir(), "guild-s3-upload-"));
Object.assign(process.env, s3.settings, {
  DATABASE_URL: `file:${path.join(dir, "files.db")}`,
  FILES_MAX_BYTES: String(300 * 1024),
});

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { files } = await import("~/server/db/schema/files");
const { getStorage } = await import("~/server/storage/get-storage");
const fileRoute = await import("~/app/api/files/[fileId]/route");
const uploadRoute = await import("~/app/api/files/[fileId]/upload/route");
const { actor } = await import("../../helpers/people");
const { samples, sessionCookie, uploadRequest } = await import("../../helpers/files");

let db: Awaited<ReturnType<typeof getDb>>;
let client: Awaited<ReturnType<typeof actor>>;
let cookie: string;

beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
  client = await actor(db, "client");
  cookie = await sessionCookie(db, client.user);
});

afterAll(async () => {
  await closeDb();
  await s3.stop();
  rmSync(dir, { recursive: true, force: true });
});

const storage = () => {
  const chosen = getStorage();
  if (chosen.kind !== "s3") throw new Error("expected the S3 backend");
  return chosen;
};
const rowOf = async (id: string) =>
  (await db.select().from(files).where(eq(files.id, id)).limit(1))[0];

/** What a browser does with the answer of createUpload: a multipart POST, file last. */
async function postToBucket(name: string, bytes: Uint8Array, declaredSize = bytes.length) {
  const reserved = await client.api.file.createUpload({
    purpose: "attachment",
    name,
    size: declaredSize,
  });
  if (reserved.upload.kind !== "s3") throw new Error("expected an S3 upload");
  const form = new FormData();
  for (const [field, value] of Object.entries(reserved.upload.fields)) form.append(field, value);
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(reserved.upload.url, { method: "POST", body: form });
  return { ...reserved, status: response.status };
}

describe("uploading to S3", () => {
  it("answers a presigned POST whose policy caps the size, the key and the type", async () => {
    const { file, upload } = await client.api.file.createUpload({
      purpose: "attachment",
      name: "brief.pdf",
      size: 1000,
    });
    if (upload.kind !== "s3") throw new Error("expected an S3 upload");
    const row = (await rowOf(file.id))!;
    expect(upload.url).toBe(`${s3.endpoint}/${s3.bucket}`);
    expect(upload.fields).toMatchObject({ key: row.storageKey, bucket: s3.bucket });
    const policy = JSON.parse(Buffer.from(upload.fields.Policy!, "base64").toString()) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ["content-length-range", 1, 300 * 1024],
        { key: row.storageKey },
        { bucket: s3.bucket },
        { "Content-Type": "application/octet-stream" },
      ]),
    );
    const expiresIn = Date.parse(policy.expiration) - Date.now();
    expect(expiresIn).toBeGreaterThan(8 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000);
  });

  it("keeps a file once the bytes in the bucket are checked, and serves it by a presigned redirect", async () => {
    const bytes = samples.pdf(64 * 1024);
    const { file, status } = await postToBucket("Quote – März.pdf", bytes);
    expect(status).toBe(204);
    expect((await rowOf(file.id))!.status).toBe("pending");

    expect(await client.api.file.completeUpload({ fileId: file.id })).toEqual({
      id: file.id,
      name: "Quote – März.pdf",
      contentType: "application/pdf",
      size: bytes.length,
      url: `/api/files/${file.id}`,
      isImage: false,
    });
    expect(await rowOf(file.id)).toMatchObject({ status: "ready", size: bytes.length });
    // Asking again answers the same.
    expect((await client.api.file.completeUpload({ fileId: file.id })).id).toBe(file.id);

    const response = await fileRoute.GET(
      new Request(`http://guild.test/api/files/${file.id}`, { headers: { cookie } }),
      { params: Promise.resolve({ fileId: file.id }) },
    );
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe(s3.endpoint);
    expect(Number(location.searchParams.get("X-Amz-Expires"))).toBe(300);

    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="Quote _ M_rz.pdf"; filename*=UTF-8''Quote%20%E2%80%93%20M%C3%A4rz.pdf`,
    );
  });

  it("removes an object past the limit (the bucket's policy aside) and its row", async () => {
    // s3rver ignores POST policies, so the oversized object arrives: completeUpload still says no.
    const { file, status } = await postToBucket("big.pdf", samples.pdf(301 * 1024), 1024);
    expect(status).toBe(204);
    const key = (await rowOf(file.id))!.storageKey;
    await expect(client.api.file.completeUpload({ fileId: file.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This file is 301 KB. Files can be at most 300 KB.",
    });
    expect(await rowOf(file.id)).toBeUndefined();
    expect(await storage().head(key)).toBeNull();
  });

  it("sniffs the first kilobytes in the bucket: a program named .pdf is removed", async () => {
    const { file } = await postToBucket("invoice.pdf", samples.exe());
    const key = (await rowOf(file.id))!.storageKey;
    await expect(client.api.file.completeUpload({ fileId: file.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/is a Windows program, not a PDF/),
    });
    expect(await rowOf(file.id)).toBeUndefined();
    expect(await storage().head(key)).toBeNull();
  });

  it("waits for bytes that have not arrived, and answers only the uploader", async () => {
    const { file } = await client.api.file.createUpload({
      purpose: "attachment",
      name: "later.pdf",
      size: 100,
    });
    await expect(client.api.file.completeUpload({ fileId: file.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const other = await actor(db, "client");
    await expect(other.api.file.completeUpload({ fileId: file.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The local upload route has nothing to take with S3 configured.
    const put = await uploadRoute.PUT(uploadRequest(file.id, samples.pdf(100), { cookie }), {
      params: Promise.resolve({ fileId: file.id }),
    });
    expect(put.status).toBe(404);
  });

  it("has a download link refused by the server once it has expired", async () => {
    const { file } = await postToBucket("short-lived.pdf", samples.pdf(2048));
    await client.api.file.completeUpload({ fileId: file.id });
    const key = (await rowOf(file.id))!.storageKey;
    const link = (signingDate: Date) =>
      storage().presignedDownload(key, {
        contentType: "application/pdf",
        contentDisposition: "attachment",
        cacheControl: "private, max-age=300",
        signingDate,
      });
    expect((await fetch(await link(new Date()))).status).toBe(200);
    const expired = await fetch(await link(new Date(Date.now() - 6 * 60_000)));
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/Request has expired/);
  });
});
