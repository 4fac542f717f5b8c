import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { files } from "~/server/db/schema/files";
import { withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { attachFiles } from "~/server/domain/file/attach-files";
import { MAX_PENDING_UPLOADS } from "~/server/domain/file/create-upload";
import { fileSummary } from "~/server/domain/file/file-summary";
import { actor, createUser, domainCtx } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

const { db } = await createTestDatabase();

async function readyFile(
  uploaderId: string,
  {
    purpose = "attachment",
    status = "ready",
    name = "brief.pdf",
  }: Partial<typeof files.$inferInsert> = {},
) {
  const [file] = await db
    .insert(files)
    .values({
      uploaderId,
      purpose,
      name,
      contentType: "application/pdf",
      size: 100,
      storageKey: `ab/${crypto.randomUUID()}`,
      status,
    })
    .returning();
  return file!;
}

const attach = (fileIds: string[], uploaderId: string, purpose = "attachment" as const) =>
  withTransaction(domainCtx(db), (tx) => attachFiles(tx, { fileIds, uploaderId, purpose }));

describe("attachFiles", () => {
  it("marks the uploader's ready files attached and answers them in the order asked", async () => {
    const person = await createUser(db, "client");
    const a = await readyFile(person.id, { name: "a.pdf" });
    const b = await readyFile(person.id, { name: "b.pdf" });
    const rows = await attach([b.id, a.id, b.id], person.id);
    expect(rows.map((row) => row.name)).toEqual(["b.pdf", "a.pdf"]);
    expect(rows.every((row) => row.attachedAt instanceof Date)).toBe(true);
    expect(await attach([], person.id)).toEqual([]);
  });

  it("refuses someone else's file or a made-up id as not found, and changes nothing", async () => {
    const person = await createUser(db, "client");
    const theirs = await readyFile((await createUser(db, "client")).id);
    const mine = await readyFile(person.id);
    for (const ids of [[mine.id, theirs.id], [crypto.randomUUID()]])
      await expect(attach(ids, person.id)).rejects.toBeInstanceOf(NotFoundError);
    const [after] = await db.select().from(files).where(eq(files.id, mine.id));
    expect(after!.attachedAt).toBeNull();
  });

  it("refuses a pending file, one for another purpose and one already attached, naming it", async () => {
    const person = await createUser(db, "freelancer");
    const pending = await readyFile(person.id, { status: "pending", name: "half.pdf" });
    await expect(attach([pending.id], person.id)).rejects.toThrow(
      new ConflictError("“half.pdf” hasn't finished uploading yet."),
    );
    const deliverable = await readyFile(person.id, { purpose: "deliverable", name: "d.pdf" });
    await expect(attach([deliverable.id], person.id)).rejects.toBeInstanceOf(ConflictError);
    const once = await readyFile(person.id, { name: "once.pdf" });
    await attach([once.id], person.id);
    await expect(attach([once.id], person.id)).rejects.toThrow(/already attached elsewhere/);
  });

  it("summarises a file for lists", async () => {
    const person = await createUser(db, "client");
    const pdf = await readyFile(person.id);
    expect(fileSummary(pdf)).toEqual({
      id: pdf.id,
      name: "brief.pdf",
      contentType: "application/pdf",
      size: 100,
      url: `/api/files/${pdf.id}`,
      isImage: false,
    });
    expect(fileSummary({ ...pdf, contentType: "image/webp" }).isImage).toBe(true);
  });
});

describe("file.createUpload", () => {
  it("takes deliverables and portfolio pictures from freelancers only", async () => {
    const client = await actor(db, "client");
    for (const purpose of ["deliverable", "portfolio"] as const)
      await expect(
        client.api.file.createUpload({ purpose, name: "work.png", size: 100 }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const freelancer = await actor(db, "freelancer");
    const { file } = await freelancer.api.file.createUpload({
      purpose: "deliverable",
      name: "work.zip",
      size: 100,
    });
    expect(file).toMatchObject({ name: "work.zip", size: 100 });
  });

  it("limits pictures to 5 MB and images, and names to kinds Guild keeps", async () => {
    const person = await actor(db, "freelancer");
    await expect(
      person.api.file.createUpload({ purpose: "avatar", name: "me.png", size: 6 * 1024 * 1024 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { size: ["This file is 6 MB. Pictures can be at most 5 MB."] } },
    });
    await expect(
      person.api.file.createUpload({ purpose: "portfolio", name: "case.pdf", size: 100 }),
    ).rejects.toMatchObject({ message: "Use a JPEG, PNG, WebP or GIF image here." });
    await expect(
      person.api.file.createUpload({ purpose: "attachment", name: "setup.exe", size: 100 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^Files named \.exe/),
    });
  });

  it(`stops at ${MAX_PENDING_UPLOADS} unfinished uploads`, async () => {
    const person = await actor(db, "client");
    for (let i = 0; i < MAX_PENDING_UPLOADS; i++)
      await person.api.file.createUpload({ purpose: "attachment", name: `f${i}.txt`, size: 10 });
    await expect(
      person.api.file.createUpload({ purpose: "attachment", name: "one more.txt", size: 10 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
