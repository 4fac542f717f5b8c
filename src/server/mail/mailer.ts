import "server-only";

import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

import { env } from "~/env";
import { logger } from "~/server/observability/logger";

export interface OutgoingMail {
  to: string;
  subject: string;
  /** The plain-text body, always: some readers show nothing else. */
  text: string;
  /** An HTML alternative, rendered on the server with every value escaped. */
  html?: string;
  /** Extra headers, e.g. `List-Unsubscribe` on notifications. */
  headers?: Record<string, string>;
}

let transport: Transporter | undefined;

function getTransport(): Transporter {
  // SMTP when configured; otherwise nodemailer renders the full RFC 822 message for a file.
  transport ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transport;
}

/**
 * Sends a message. Without SMTP_URL each message is written to MAIL_OUTBOX_DIR as an .eml
 * file and logged, so a developer can open the link it carries.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const info = (await getTransport().sendMail({ from: env.MAIL_FROM, ...mail })) as {
    messageId: string;
    message?: Buffer;
  };
  if (env.SMTP_URL) {
    logger.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, "mail sent");
    return;
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.MAIL_OUTBOX_DIR);
  await mkdir(dir, { recursive: true });
  const safeTo = mail.to.replace(/[^a-z0-9@._-]/gi, "_");
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${safeTo}.eml`);
  // Written aside and renamed into place: whoever reads the outbox never sees half a message.
  await writeFile(`${file}.partial`, info.message ?? "");
  await rename(`${file}.partial`, file);
  logger.info({ to: mail.to, subject: mail.subject, file }, "mail written to outbox");
}
