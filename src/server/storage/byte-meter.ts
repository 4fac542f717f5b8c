import { createHash } from "node:crypto";
import { Transform } from "node:stream";

import { TooLargeError, type PutResult } from "./file-store";

/**
 * A pass-through that counts and hashes the bytes of a write, shows each chunk to `onChunk`,
 * and fails the stream with `TooLargeError` on the first byte past `maxBytes`, so a body
 * that lies about its length (or sends none) is stopped as early as one that tells the truth.
 */
export function byteMeter(maxBytes = Number.POSITIVE_INFINITY, onChunk?: (c: Uint8Array) => void) {
  const hash = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new TooLargeError(maxBytes));
      hash.update(chunk);
      try {
        onChunk?.(chunk);
      } catch (error) {
        return done(error as Error);
      }
      done(null, chunk);
    },
  });
  return {
    stream,
    result: (): PutResult => ({ size, sha256: hash.digest("hex") }),
  };
}
