import "server-only";

import { decryptSecret } from "~/server/crypto/tokens";
import { emailLinkMessage } from "~/server/domain/identity/email-links";
import { sendMail } from "~/server/mail/mailer";
import type { JobHandlers } from "./handler";
import { pruneExpired } from "./housekeeping";

/** Every job's handler, by name. Each is idempotent: delivery is at least once. */
export const jobHandlers: JobHandlers = {
  async "mail.send"(_ctx, { kind: _kind, ...mail }) {
    await sendMail(mail);
  },
  async "mail.email_link"(_ctx, { purpose, to, sealedUrl }) {
    await sendMail(emailLinkMessage(purpose, to, decryptSecret(sealedUrl)));
  },
  async "housekeeping.prune"(ctx) {
    const removed = await pruneExpired(ctx.db, ctx.now?.() ?? new Date());
    ctx.log.info({ removed }, "housekeeping removed expired rows");
  },
};
