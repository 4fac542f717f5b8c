import type { Readable } from "node:stream";

/**
 * What every storage backend does with bytes under a key. Keys are Guild's own (never a
 * person's file name): `<2 hex>/<uuid>` for an upload, and `<key>.w<width>.webp` beside it for
 * a resized copy. The rows that say what the bytes are live in the `files` table.
 */
export interface FileStore {
  /**
   * Stores `body` under `key`, replacing what was there, and answers its size and SHA-256.
   * Nothing is visible under `key` until every byte is in: past `maxBytes` the write stops,
   * nothing is left behind, and it throws `TooLargeError`. `onChunk` sees each chunk as it
   * passes (sniffing, text checks) so nothing has to read the bytes twice.
   */
  put(key: string, body: Readable | Uint8Array, options?: PutOptions): Promise<PutResult>;
  /** The bytes under `key` as a stream, with their size; null when there are none. */
  get(key: string): Promise<StoredObject | null>;
  /** The size of what is under `key`; null when there is nothing. */
  head(key: string): Promise<{ size: number } | null>;
  /** Up to `length` bytes from the start (fewer when the object is shorter); null when missing. */
  readStart(key: string, length: number): Promise<Uint8Array | null>;
  /** Removes `key`; removing what is not there is no error (a retried prune). */
  delete(key: string): Promise<void>;
}

export interface PutOptions {
  maxBytes?: number;
  contentType?: string;
  onChunk?: (chunk: Uint8Array) => void;
}

export interface PutResult {
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

export interface StoredObject {
  body: Readable;
  size: number;
}

/** The body went past the limit it was given; nothing was kept. */
export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The body is larger than ${maxBytes} bytes.`);
  }
}

/**
 * Keys are made by Guild, but a key is also a path on disk: anything that could climb out of
 * the storage folder (`..`, a leading slash, a backslash) is refused before it is used.
 */
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

export function assertSafeKey(key: string) {
  if (!SAFE_KEY.test(key) || key.split("/").some((part) => part === "." || part === ".."))
    throw new Error(`Refusing an unsafe storage key: ${JSON.stringify(key)}`);
}

/** A fresh key for an upload; the first two characters shard the local folder. */
export function newStorageKey() {
  const id = crypto.randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

/** Where a resized copy of an image lives: beside the original, as WebP. */
export function variantKey(storageKey: string, width: number) {
  return `${storageKey}.w${width}.webp`;
}
