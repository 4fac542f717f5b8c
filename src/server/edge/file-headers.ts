/**
 * How stored files are answered. Whatever the bytes are, a browser must never run them as a
 * page of this site: the type is the sniffed one and never guessed again (nosniff), the CSP
 * sandboxes the response and allows nothing to load, and only the four raster image types
 * are shown inline; everything else is a download under its stored name.
 */
export const FILE_CSP = "default-src 'none'; sandbox";

const INLINE_IMAGES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

/** RFC 5987 percent-encoding for `filename*`: what encodeURIComponent leaves, minus `'()*`. */
function rfc5987(value: string) {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment` (or `inline` for a picture) with the UTF-8 name and a plain-ASCII fallback. */
export function contentDisposition(name: string, contentType: string) {
  const kind = INLINE_IMAGES.has(contentType) ? "inline" : "attachment";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** The type to answer with: text is always declared UTF-8 (it was checked to be). */
export function servedContentType(contentType: string) {
  return contentType.startsWith("text/") ? `${contentType}; charset=utf-8` : contentType;
}

/** Avatars and portfolio pictures are the same for everyone; anything else is one person's. */
export function fileCacheControl(audience: "public" | "private") {
  return `${audience}, max-age=300`;
}

export function fileResponseHeaders(file: {
  name: string;
  contentType: string;
  audience: "public" | "private";
}): Record<string, string> {
  return {
    "Content-Type": servedContentType(file.contentType),
    "Content-Disposition": contentDisposition(file.name, file.contentType),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": FILE_CSP,
    "Cache-Control": fileCacheControl(file.audience),
  };
}
