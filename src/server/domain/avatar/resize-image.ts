import "server-only";

import sharp from "sharp";

import type { FileStore } from "~/server/storage/file-store";
import { variantKey } from "~/server/storage/file-store";

/** The widths every avatar is kept at, square, as WebP: lists, headers and profiles. */
export const AVATAR_WIDTHS = [48, 96, 256] as const;

/**
 * Makes the square WebP copies of a stored picture beside it (turned upright from its EXIF,
 * cropped to the middle, the first frame of an animation). Answers the widths made. Bytes the
 * image library cannot read are refused with a sentence.
 */
export async function resizeToSquares(
  storage: FileStore,
  storageKey: string,
  widths: readonly number[],
) {
  const original = await storage.get(storageKey);
  if (!original) throw new Error(`no bytes under ${storageKey}`);
  const chunks: Buffer[] = [];
  for await (const chunk of original.body) chunks.push(Buffer.from(chunk as Uint8Array));
  const source = Buffer.concat(chunks);
  // Decode every copy before storing any: bytes the library cannot read (a damaged or
  // truncated file that only looks like a picture) are the uploader's, not a server error.
  let copies: Buffer[];
  try {
    copies = await Promise.all(
      widths.map((width) =>
        sharp(source, { limitInputPixels: 40_000_000, animated: false })
          .rotate()
          .resize(width, width, { fit: "cover", position: "attention" })
          .webp({ quality: 82 })
          .toBuffer(),
      ),
    );
  } catch {
    throw new UnreadableImageError();
  }
  for (const [index, width] of widths.entries())
    await storage.put(variantKey(storageKey, width), copies[index]!, { contentType: "image/webp" });
  return [...widths];
}

export class UnreadableImageError extends Error {
  constructor() {
    super("We couldn't read this picture. Try a JPEG or PNG saved again from an image editor.");
  }
}
