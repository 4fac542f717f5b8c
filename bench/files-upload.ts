import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { encode } from "next-auth/jwt";

import { PUT } from "~/app/api/files/[fileId]/upload/route";
import { SESSION_COOKIE } from "~/server/auth/session-cookie";
import { authSecret } from "~/server/crypto/secret";
import { getDb } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { userSessions } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { createUpload } from "~/server/domain/file/create-upload";
import { loadSession } from "~/server/domain/identity/session-rows";
import { getStorage } from "~/server/storage/get-storage";

/** Run by bench/files.ts in a process of its own (the route's settings are read once). */
const SIZE = 20 * 1024 * 1024;
const ROUNDS = 8;
const dir = process.env.BENCH_FILES_DIR!;

const db = await getDb();
await applyMigrations(db, "drizzle");
const [user] = await db
  .insert(users)
  .values({ name: "Bench", email: "bench@bench.test", role: "client", emailVerified: new Date() })
  .returning();
const sid = crypto.randomUUID();
await db.insert(userSessions).values({
  id: sid,
  userId: user!.id,
  lastSeenAt: new Date(),
  expiresAt: new Date(Date.now() + 3600_000),
});
const cookie = `${SESSION_COOKIE}=${await encode({ token: { sub: user!.id, sid }, secret: authSecret(), salt: SESSION_COOKIE })}`;
const actor = (await loadSession(db, sid))!;

// Random bytes behind a PDF signature: accepted, and the UTF-8 check stops at the first chunk.
const source = path.join(dir, "source.pdf");
const bytes = randomBytes(SIZE);
bytes.write("%PDF-1.7\n", 0, "latin1");
writeFileSync(source, bytes);

async function viaRoute() {
  const { file } = await createUpload({
    ctx: { db, actor },
    input: { purpose: "attachment", name: "bench.pdf", size: SIZE },
  });
  const body = Readable.toWeb(createReadStream(source)) as ReadableStream<Uint8Array>;
  const started = performance.now();
  const response = await PUT(
    new Request(`http://bench.test/api/files/${file.id}/upload`, {
      method: "PUT",
      headers: { cookie, "content-length": String(SIZE) },
      body,
      duplex: "half",
    } as RequestInit),
    { params: Promise.resolve({ fileId: file.id }) },
  );
  const ms = performance.now() - started;
  if (response.status !== 201)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  const { file: stored } = (await response.json()) as { file: { id: string } };
  const key = (await db.query.files.findFirst({ where: (f, { eq }) => eq(f.id, stored.id) }))!
    .storageKey;
  await getStorage().delete(key);
  return ms;
}

async function plainCopy() {
  const target = path.join(dir, `copy-${crypto.randomUUID()}`);
  const started = performance.now();
  await pipeline(createReadStream(source), createWriteStream(target));
  const ms = performance.now() - started;
  await rm(target);
  return ms;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mbPerSecond = (ms: number) => SIZE / (1024 * 1024) / (ms / 1000);

// One of each to warm up, then alternate so both see the same disk and page cache.
await viaRoute();
await plainCopy();
const route: number[] = [];
const copy: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  route.push(await viaRoute());
  copy.push(await plainCopy());
}
const routeMs = median(route);
const copyMs = median(copy);
console.log(`files: a ${SIZE / (1024 * 1024)} MB upload, median of ${ROUNDS}`);
console.log(
  `  ${"PUT /api/files/<id>/upload (route handler)".padEnd(48)} ${routeMs.toFixed(1).padStart(7)} ms  ${mbPerSecond(routeMs).toFixed(0).padStart(5)} MB/s`,
);
console.log(
  `  ${"plain streamed copy of the same file".padEnd(48)} ${copyMs.toFixed(1).padStart(7)} ms  ${mbPerSecond(copyMs).toFixed(0).padStart(5)} MB/s`,
);
console.log(`  ratio upload / copy: ${(routeMs / copyMs).toFixed(2)}`);
db.$client.close();
