import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Pictures: an uploaded image becomes a person's avatar, resized on the server to square WebP
 * copies; `/api/avatars/<id>` shows it (or initials) to anyone; the old one goes when replaced.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-avatar-"));
process.env.DATABASE_URL = `file:${path.join(dir, "avatars.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { files } = await import("~/server/db/schema/files");
const { eq } = await import("drizzle-orm");
const uploadRoute = await import("~/app/api/files/[fileId]/upload/route");
const fileRoute = await import("~/app/api/files/[fileId]/route");
const avatarRoute = await import("~/app/api/avatars/[userId]/route");
const { actor } = await import("../../helpers/people");
const { callerFor } = await import("../../helpers/caller");
const { projectInput } = await import("../../helpers/marketplace");
const { samples, sessionCookie, uploadRequest } = await import("../../helpers/files");

let db: Awaited<ReturnType<typeof getDb>>;
beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

/** A real photo-sized picture: 640×400, so the copies are true resizes. */
const photo = () =>
  sharp({ create: { width: 640, height: 400, channels: 3, background: "#3366cc" } })
    .jpeg()
    .toBuffer();

async function uploaded(
  person: Awaited<ReturnType<typeof actor>>,
  bytes: Buffer,
  purpose: "avatar" | "portfolio" = "avatar",
) {
  const cookie = await sessionCookie(db, person.user);
  const { file } = await person.api.file.createUpload({
    purpose,
    name: "me.jpg",
    size: bytes.length,
  });
  const response = await uploadRoute.PUT(uploadRequest(file.id, bytes, { cookie }), {
    params: Promise.resolve({ fileId: file.id }),
  });
  expect(response.status).toBeLessThan(300);
  return file.id;
}

const avatar = (userId: string, query = "") =>
  avatarRoute.GET(new Request(`http://guild.test/api/avatars/${userId}${query}`), {
    params: Promise.resolve({ userId }),
  });

describe("avatars", () => {
  it("shows initials until a picture is set, then the picture at the asked width, to anyone", async () => {
    const freelancer = await actor(db, "freelancer");
    const before = await avatar(freelancer.user.id);
    expect(before.status).toBe(200);
    expect(before.headers.get("content-type")).toContain("image/svg+xml");
    expect(before.headers.get("x-content-type-options")).toBe("nosniff");
    const svg = await before.text();
    const initials = freelancer.user.name
      .split(/\s+/)
      .map((word) => word[0])
      .filter((_, i, all) => i === 0 || i === all.length - 1)
      .join("")
      .toUpperCase();
    expect(svg).toContain(`>${initials}</text>`);
    expect(svg).not.toContain("<script");

    // A browser asks again each time: the same initials are a 304.
    const etag = before.headers.get("etag")!;
    const again = await avatarRoute.GET(
      new Request(`http://guild.test/api/avatars/${freelancer.user.id}`, {
        headers: { "if-none-match": etag },
      }),
      { params: Promise.resolve({ userId: freelancer.user.id }) },
    );
    expect(again.status).toBe(304);
    expect(before.headers.get("cache-control")).toBe("public, no-cache");

    const fileId = await uploaded(freelancer, await photo());
    await freelancer.api.account.setAvatar({ fileId });
    const after = await avatar(freelancer.user.id, "?w=40");
    expect(after.status).toBe(302);
    expect(after.headers.get("location")).toBe(`/api/files/${fileId}?w=48`);
    // Anyone, signed out, fetches the resized copy: a square WebP of that width.
    const image = await fileRoute.GET(new Request(`http://guild.test/api/files/${fileId}?w=48`), {
      params: Promise.resolve({ fileId }),
    });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 48, 48]);
    const [row] = await db.select().from(files).where(eq(files.id, fileId));
    expect(row!.variants).toEqual([48, 96, 256]);
  });

  it("replacing the picture removes the old one; removing it brings the initials back", async () => {
    const client = await actor(db, "client");
    const first = await uploaded(client, await photo());
    await client.api.account.setAvatar({ fileId: first });
    const second = await uploaded(client, samples.png());
    await client.api.account.setAvatar({ fileId: second });
    expect(await db.select().from(files).where(eq(files.id, first))).toEqual([]);
    expect((await avatar(client.user.id)).headers.get("location")).toBe(
      `/api/files/${second}?w=96`,
    );
    await client.api.account.removeAvatar();
    expect((await avatar(client.user.id)).headers.get("content-type")).toContain("svg");
    expect(await db.select().from(files).where(eq(files.id, second))).toEqual([]);
  });

  it("refuses a damaged picture with a sentence, and keeps the initials", async () => {
    const freelancer = await actor(db, "freelancer");
    // A PNG's signature and header, then garbage where the pixels should be.
    const png = samples.png();
    const damaged = Buffer.concat([png.subarray(0, 33), Buffer.alloc(64, 7)]);
    const fileId = await uploaded(freelancer, damaged);
    await expect(freelancer.api.account.setAvatar({ fileId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("couldn't read this picture"),
    });
    expect((await avatar(freelancer.user.id)).headers.get("content-type")).toContain("svg");
  });

  it("takes only the person's own unused avatar upload; an unknown person is a 404", async () => {
    const [owner, other] = [await actor(db, "client"), await actor(db, "client")];
    const fileId = await uploaded(owner, await photo());
    await expect(other.api.account.setAvatar({ fileId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await owner.api.account.setAvatar({ fileId });
    await expect(owner.api.account.setAvatar({ fileId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await avatar(crypto.randomUUID())).status).toBe(404);
  });
});

describe("portfolio pictures", () => {
  const profile = async (portfolio: { title: string; imageFileId?: string | null }[]) => {
    const { skillIds } = await projectInput(db);
    return {
      headline: "Kiosk apps",
      bio: "",
      hourlyRateMinor: 9_000,
      currency: "USD" as const,
      availability: "available" as const,
      location: "",
      skillIds,
      portfolio: portfolio.map((item) => ({ description: "", url: null, ...item })),
    };
  };

  it("show on the public profile to anyone, and go when their item loses them", async () => {
    const freelancer = await actor(db, "freelancer");
    const fileId = await uploaded(freelancer, await photo(), "portfolio");
    await freelancer.api.profile.saveFreelancer(
      await profile([{ title: "Museum kiosk", imageFileId: fileId }, { title: "No picture" }]),
    );
    const visitor = callerFor(db, null);
    const shown = await visitor.profile.freelancer({ id: freelancer.user.id });
    expect(shown!.portfolio.map((item) => item.imageUrl)).toEqual([`/api/files/${fileId}`, null]);
    const image = await fileRoute.GET(new Request(`http://guild.test/api/files/${fileId}`), {
      params: Promise.resolve({ fileId }),
    });
    expect(image.status).toBe(200);
    // Saved again with the picture kept: still there; then without it: removed.
    await freelancer.api.profile.saveFreelancer(
      await profile([{ title: "Museum kiosk, renamed", imageFileId: fileId }]),
    );
    expect(await db.select().from(files).where(eq(files.id, fileId))).toHaveLength(1);
    await freelancer.api.profile.saveFreelancer(await profile([{ title: "Museum kiosk" }]));
    expect(await db.select().from(files).where(eq(files.id, fileId))).toEqual([]);
  });

  it("takes only the freelancer's own portfolio upload, and changes nothing otherwise", async () => {
    const [owner, other] = [await actor(db, "freelancer"), await actor(db, "freelancer")];
    const fileId = await uploaded(owner, await photo(), "portfolio");
    await expect(
      other.api.profile.saveFreelancer(await profile([{ title: "Not mine", imageFileId: fileId }])),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await other.api.profile.myFreelancer()).toBeNull();
  });
});
