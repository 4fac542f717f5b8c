import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Undoes quoted-printable: soft line breaks and =XX escapes. */
function decodeQuotedPrintable(body: string) {
  return body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The newest message written to `outboxDir` for `to`, decoded, or null. */
export function latestMail(outboxDir: string, to: string) {
  const files = readdirSync(outboxDir)
    .filter((name) => name.endsWith(`-${to}.eml`))
    .sort();
  const newest = files.at(-1);
  if (!newest) return null;
  const raw = readFileSync(path.join(outboxDir, newest), "utf8");
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const subject = /^Subject: (.*)$/m.exec(head)?.[1] ?? "";
  // A multipart message (text and HTML) says so in its parts' headers, not the message's.
  const text = /quoted-printable/i.test(raw)
    ? decodeQuotedPrintable(rest.join("\n\n"))
    : rest.join("\n\n");
  const link = /https?:\/\/\S+token=[A-Za-z0-9_-]+/.exec(text)?.[0] ?? null;
  return { subject, text, link, token: link ? new URL(link).searchParams.get("token") : null };
}

export function mailCount(outboxDir: string, to: string) {
  return readdirSync(outboxDir).filter((name) => name.endsWith(`-${to}.eml`)).length;
}
