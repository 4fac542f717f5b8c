import "server-only";

import { fileTypeFromBuffer } from "file-type";

import type { Content } from "./policy";

/** What file-type needs to recognise every format it knows (its `reasonableDetectionSizeInBytes`). */
export const SNIFF_BYTES = 4100;

/**
 * Watches bytes go by once: keeps the first `SNIFF_BYTES` for sniffing and checks, chunk by
 * chunk, that everything is UTF-8 without a NUL (what plain text must be). A file that fails
 * early costs nothing more: the check stops at the first bad byte.
 */
export class ContentProbe {
  private readonly headParts: Uint8Array[] = [];
  private headLength = 0;
  private decoder: TextDecoder | null = new TextDecoder("utf-8", { fatal: true });
  private text = true;

  readonly observe = (chunk: Uint8Array) => {
    if (this.headLength < SNIFF_BYTES) {
      const part = chunk.subarray(0, SNIFF_BYTES - this.headLength);
      this.headParts.push(part.slice());
      this.headLength += part.length;
    }
    if (!this.decoder) return;
    try {
      if (chunk.includes(0)) throw new Error("NUL");
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.text = false;
      this.decoder = null;
    }
  };

  /**
   * What the bytes are. `complete` says whether every byte went by: a sequence cut off at the
   * end of a partial read (S3's first kilobytes) is not held against the file.
   */
  async content({ complete }: { complete: boolean }): Promise<Content> {
    if (complete && this.decoder) {
      try {
        this.decoder.decode();
      } catch {
        this.text = false;
      }
    }
    const head = Buffer.concat(this.headParts);
    const sniffed = await fileTypeFromBuffer(head);
    return {
      sniffed: sniffed ? { ext: sniffed.ext, mime: sniffed.mime } : undefined,
      head,
      text: this.text,
    };
  }
}
