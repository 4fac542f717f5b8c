import { readdirSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";

import { SESSION_COOKIE } from "~/server/auth/session-cookie";
import { authSecret } from "~/server/crypto/secret";
import type { Database } from "~/server/db/client";
import { userSessions } from "~/server/db/schema/auth";
import type { User } from "~/server/db/schema/users";

/** Bytes of each kind the upload tests send, made here rather than kept as binary fixtures. */
export const samples = {
  /** A 1×1 PNG. */
  png: () =>
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    ),
  /** A 1×1 GIF. */
  gif: () => Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64"),
  /** A PDF's signature followed by `size` bytes in all (binary, as real PDFs are). */
  pdf: (size = 4096) => {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 7919) % 251;
    bytes.write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 0, "latin1");
    return bytes;
  },
  /** The start of a Linux program. */
  elf: () =>
    Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]),
      Buffer.alloc(200, 1),
    ]),
  /** The start of a Windows program. */
  exe: () =>
    Buffer.concat([
      Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
      Buffer.alloc(200, 2),
    ]),
  svgWithScript: () =>
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
    ),
  text: (words = "Scope: three screens, one week.\n") => Buffer.from(words),
  /** The EICAR test string every scanner reports (it is not a virus). */
  eicar: () => Buffer.from("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"),
};

/** A live session for `user` and its cookie, as the browser would send it. */
export async function sessionCookie(db: Database, user: Pick<User, "id">) {
  const sid = `files-${crypto.randomUUID()}`;
  const now = Date.now();
  await db.insert(userSessions).values({
    id: sid,
    userId: user.id,
    lastSeenAt: new Date(now),
    expiresAt: new Date(now + 24 * 3600 * 1000),
  });
  const token = await encode({
    token: { sub: user.id, sid },
    secret: authSecret(),
    salt: SESSION_COOKIE,
    maxAge: 3600,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** A body sent in chunks, as a browser streams a large file. */
export function chunked(bytes: Uint8Array, chunkSize = 16 * 1024) {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + chunkSize));
      at += chunkSize;
    },
  });
}

/** The PUT a browser sends to upload `body` (with its length, unless `length: null`). */
export function uploadRequest(
  fileId: string,
  body: Uint8Array | ReadableStream<Uint8Array>,
  { cookie, length }: { cookie?: string; length?: number | null } = {},
) {
  const headers = new Headers({ "content-type": "application/octet-stream" });
  if (cookie) headers.set("cookie", cookie);
  const size = length === undefined && body instanceof Uint8Array ? body.length : length;
  if (size !== null && size !== undefined) headers.set("content-length", String(size));
  return new Request(`http://guild.test/api/files/${fileId}/upload`, {
    method: "PUT",
    headers,
    body,
    duplex: "half",
  } as RequestInit);
}

/** Every file under `dir`, relative, temp files included: what an upload left behind. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}
