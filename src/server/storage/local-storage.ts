import "server-only";

import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

import { byteMeter } from "./byte-meter";
import {
  assertSafeKey,
  type FileStore,
  type PutOptions,
  type PutResult,
  type StoredObject,
} from "./file-store";

/**
 * Files in a folder on this machine (never under `public/`: every read goes through the
 * access check of GET /api/files/<id>). A write goes to `.tmp/` in the same folder and is
 * renamed into place once complete, so a reader never sees half a file and an aborted upload
 * leaves nothing behind; the rename is atomic because both paths are on one file system.
 */
export class LocalStorage implements FileStore {
  readonly kind = "local";

  constructor(readonly root: string) {}

  /** Where `key` lives on disk. */
  pathOf(key: string) {
    assertSafeKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  /** The folder partial writes go to; anything in it is garbage once its write has ended. */
  get tempDir() {
    return path.join(this.root, ".tmp");
  }

  async put(key: string, body: Readable | Uint8Array, options: PutOptions = {}) {
    const target = this.pathOf(key);
    await mkdir(this.tempDir, { recursive: true });
    const temp = path.join(this.tempDir, `${crypto.randomUUID()}.part`);
    const meter = byteMeter(options.maxBytes, options.onChunk);
    const source = body instanceof Uint8Array ? Readable.from([body]) : body;
    try {
      await pipeline(source, meter.stream, createWriteStream(temp, { flags: "wx", mode: 0o600 }));
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return meter.result() satisfies PutResult;
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.pathOf(key);
    // Opened first, then measured through the same descriptor: a file replaced between the
    // two steps cannot answer one file's size with another's bytes.
    const handle = await open(file, "r").catch(missingAsNull);
    if (!handle) return null;
    const { size } = await handle.stat();
    return { body: handle.createReadStream(), size };
  }

  async head(key: string) {
    const info = await stat(this.pathOf(key)).catch(missingAsNull);
    return info ? { size: info.size } : null;
  }

  async readStart(key: string, length: number) {
    const handle = await open(this.pathOf(key), "r").catch(missingAsNull);
    if (!handle) return null;
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  async delete(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

function missingAsNull(error: NodeJS.ErrnoException): null {
  if (error.code === "ENOENT") return null;
  throw error;
}
