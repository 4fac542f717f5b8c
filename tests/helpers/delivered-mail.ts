import type { Database } from "~/server/db/client";
import { runDueJobs } from "~/server/jobs/drain";
import { latestMail, mailCount } from "./outbox";

// Apart from outbox.ts, which the Playwright specs import too: this one runs server code.
/**
 * Mail is sent by jobs: runs the jobs that are due (as the server's worker would), then reads
 * the outbox like `latestMail`.
 */
export async function deliveredMail(db: Database, to: string) {
  await runDueJobs(db);
  return latestMail(process.env.MAIL_OUTBOX_DIR!, to);
}

/** `mailCount` after the due jobs have run. */
export async function deliveredCount(db: Database, to: string) {
  await runDueJobs(db);
  return mailCount(process.env.MAIL_OUTBOX_DIR!, to);
}
