import {
  FILE_NAME_MAX,
  formatBytes,
  IMAGE_MAX_BYTES,
  imagePurposes,
  type FilePurpose,
} from "~/shared/files";

/**
 * What Guild keeps: the kinds of file it accepts, by the type sniffed from their bytes, and the
 * rules for names and sizes. Pure, so every rule is tested without a file system.
 */

type Group = "image" | "pdf" | "office" | "archive" | "text";

interface Kind {
  mime: string;
  /** Extensions that name this kind, the first the usual one. */
  exts: readonly string[];
  label: string;
  group: Group;
}

const KINDS: readonly Kind[] = [
  { mime: "image/jpeg", exts: ["jpg", "jpeg"], label: "a JPEG image", group: "image" },
  { mime: "image/png", exts: ["png"], label: "a PNG image", group: "image" },
  { mime: "image/webp", exts: ["webp"], label: "a WebP image", group: "image" },
  { mime: "image/gif", exts: ["gif"], label: "a GIF image", group: "image" },
  { mime: "application/pdf", exts: ["pdf"], label: "a PDF", group: "pdf" },
  {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    exts: ["docx"],
    label: "a Word document",
    group: "office",
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    exts: ["xlsx"],
    label: "an Excel workbook",
    group: "office",
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    exts: ["pptx"],
    label: "a PowerPoint presentation",
    group: "office",
  },
  {
    mime: "application/vnd.oasis.opendocument.text",
    exts: ["odt"],
    label: "an OpenDocument text",
    group: "office",
  },
  { mime: "application/zip", exts: ["zip"], label: "a ZIP archive", group: "archive" },
  { mime: "application/x-7z-compressed", exts: ["7z"], label: "a 7z archive", group: "archive" },
  { mime: "application/gzip", exts: ["gz", "tgz"], label: "a gzip archive", group: "archive" },
  { mime: "application/x-tar", exts: ["tar"], label: "a tar archive", group: "archive" },
  { mime: "text/plain", exts: ["txt"], label: "a text file", group: "text" },
  { mime: "text/markdown", exts: ["md", "markdown"], label: "a Markdown file", group: "text" },
  { mime: "text/csv", exts: ["csv"], label: "a CSV file", group: "text" },
];

/** Only these are ever shown in the browser (`inline`); everything else is a download. */
export const INLINE_TYPES: ReadonlySet<string> = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
]);

/** What file-type calls programs: refused whatever they are named. */
const PROGRAMS: Record<string, string> = {
  exe: "a Windows program",
  elf: "a Linux program",
  macho: "a macOS program",
  msi: "a Windows installer",
  class: "a Java class",
  jar: "a Java program",
  dex: "an Android program",
  apk: "an Android app",
  wasm: "a WebAssembly program",
  deb: "a Debian package",
  rpm: "an RPM package",
  lnk: "a Windows shortcut",
  crx: "a browser extension",
  swf: "a Flash program",
};

/** Markup a browser would run scripts in. */
const MARKUP_EXTS = new Set(["svg", "svgz", "html", "htm", "xhtml", "xht", "xml", "shtml", "mht"]);
const MARKUP_START = /^(\uFEFF)?\s*<(\?xml|svg|!doctype\s+html|html|head|body|script|iframe)\b/i;

export const ALLOWED_SUMMARY =
  "images (JPEG, PNG, WebP, GIF), PDFs, Word, Excel, PowerPoint and OpenDocument files, ZIP, 7z, gzip and tar archives, and plain text (.txt, .md, .csv)";
const IMAGES_SUMMARY = "a JPEG, PNG, WebP or GIF image";
export const MARKUP_REFUSAL =
  "SVG and HTML files can't be uploaded, because they can carry scripts. Export the picture as PNG or JPEG, or the page as PDF.";

export const isImagePurpose = (purpose: FilePurpose) => imagePurposes.includes(purpose);

/** The most bytes a file for `purpose` may have, under the operator's FILES_MAX_BYTES. */
export function uploadLimit(purpose: FilePurpose, maxBytes: number) {
  return isImagePurpose(purpose) ? Math.min(IMAGE_MAX_BYTES, maxBytes) : maxBytes;
}

export function sizeRefusal(purpose: FilePurpose, size: number, maxBytes: number): string | null {
  const limit = uploadLimit(purpose, maxBytes);
  if (size <= 0) return "This file is empty.";
  if (size <= limit) return null;
  const what = isImagePurpose(purpose) ? "Pictures" : "Files";
  return `This file is ${formatBytes(size)}. ${what} can be at most ${formatBytes(limit)}.`;
}

/** The roles that may upload for a purpose: deliverables and portfolios are freelancers' work. */
export function mayUploadFor(role: string, purpose: FilePurpose) {
  return purpose === "deliverable" || purpose === "portfolio" ? role === "freelancer" : true;
}

/**
 * A name safe to store, show and offer on download: the last path segment only (no `../`,
 * no `C:\`), no control characters, NUL or bidirectional overrides (which make `exe.pdf` read
 * as `fdp.exe`), whitespace collapsed, no leading dots, at most 200 characters with the
 * extension kept. Nothing left: "file".
 */
export function safeFileName(raw: string): string {
  const cleaned = raw
    .normalize("NFC")
    .replace(/[\t\n\v\f\r]/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .split(/[/\\]/)
    .pop()!
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .trim();
  if (!cleaned) return "file";
  const chars = Array.from(cleaned);
  if (chars.length <= FILE_NAME_MAX) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(cleaned.slice(dot)) : [];
  const keptExt = ext.length > 1 && ext.length <= 17 ? ext : [];
  return (
    chars
      .slice(0, FILE_NAME_MAX - keptExt.length)
      .join("")
      .trimEnd() + keptExt.join("")
  );
}

/** The extension a file manager would go by ("gz" in "site.tar.gz"); "" when there is none. */
export function extensionOf(name: string) {
  return /.\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? "";
}

const kindByExt = (ext: string) => KINDS.find((kind) => kind.exts.includes(ext));

/**
 * Refuses, before any byte is sent, a name whose extension Guild never keeps (`.exe`, `.svg`),
 * so nobody waits for an upload that is bound to fail. The bytes decide the rest.
 */
export function nameRefusal(purpose: FilePurpose, name: string): string | null {
  const ext = extensionOf(name);
  if (MARKUP_EXTS.has(ext)) return MARKUP_REFUSAL;
  if (!ext) return null;
  const kind = kindByExt(ext);
  if (isImagePurpose(purpose))
    return kind?.group === "image" ? null : `Use ${IMAGES_SUMMARY} here.`;
  return kind
    ? null
    : `Files named .${ext} can't be shared here. You can share ${ALLOWED_SUMMARY}.`;
}

/** What the bytes turned out to be. `sniffed` is file-type's answer (undefined: no signature). */
export interface Content {
  sniffed?: { ext: string; mime: string };
  /** The start of the bytes, as far as they were read. */
  head: Uint8Array;
  /** Every byte read was valid UTF-8 with no NUL. */
  text: boolean;
}

export type ContentVerdict = { ok: true; contentType: string } | { ok: false; message: string };

/**
 * Whether Guild keeps a file for `purpose`, decided from its bytes; the name only words the
 * refusal. SVG and HTML are refused outright (they run scripts when opened), as is anything
 * that is a program, whatever its name claims.
 */
export function judgeContent(purpose: FilePurpose, name: string, content: Content): ContentVerdict {
  const ext = extensionOf(name);
  const claimed = kindByExt(ext);
  const images = isImagePurpose(purpose);
  const refuse = (message: string): ContentVerdict => ({ ok: false, message });
  const { sniffed } = content;

  if (sniffed && PROGRAMS[sniffed.ext]) {
    const claim = claimed ? `, not ${claimed.label}` : "";
    return refuse(
      `“${name}” is ${PROGRAMS[sniffed.ext]}${claim}. Programs can't be shared here, whatever they are named.`,
    );
  }
  if (MARKUP_EXTS.has(ext) || sniffed?.ext === "xml" || sniffed?.ext === "svg")
    return refuse(MARKUP_REFUSAL);

  if (sniffed) {
    const kind = KINDS.find((k) => k.mime === sniffed.mime);
    if (!kind || kind.group === "text")
      return refuse(
        images
          ? `Use ${IMAGES_SUMMARY} here.`
          : `This kind of file (${sniffed.ext.toUpperCase()}) can't be shared here. You can share ${ALLOWED_SUMMARY}.`,
      );
    if (images && kind.group !== "image") return refuse(`Use ${IMAGES_SUMMARY} here.`);
    return { ok: true, contentType: kind.mime };
  }

  // No signature: only plain text, named as such, passes.
  if (images) return refuse(`Use ${IMAGES_SUMMARY} here.`);
  const decoded = content.text ? new TextDecoder().decode(content.head) : "";
  if (content.text && MARKUP_START.test(decoded)) return refuse(MARKUP_REFUSAL);
  if (content.text && claimed?.group === "text") return { ok: true, contentType: claimed.mime };
  if (content.text && claimed)
    return refuse(
      `“${name}” is not ${claimed.label}: it holds plain text. Name it .txt if that is what it is.`,
    );
  if (content.text)
    return refuse(
      `Plain text can be shared as .txt, .md or .csv files. Rename “${name}” to one of them.`,
    );
  return refuse(
    claimed
      ? `“${name}” is not ${claimed.label}: we couldn't recognise its contents. You can share ${ALLOWED_SUMMARY}.`
      : `We couldn't tell what kind of file this is. You can share ${ALLOWED_SUMMARY}.`,
  );
}
