// `npm run jobs -- dead` lists dead jobs with their last error; `npm run jobs -- retry <id>`
// gives one a fresh set of attempts (on BullMQ too: the server's relay hands it to Redis).
import { env } from "~/env";
import { openDatabase } from "~/server/db/client";
import { listDeadJobs, retryDeadJob } from "~/server/jobs/dead-jobs";

const [command, id] = process.argv.slice(2);
const db = await openDatabase({
  url: env.DATABASE_URL,
  authToken: env.DATABASE_AUTH_TOKEN,
  syncUrl: env.DATABASE_SYNC_URL,
});
try {
  if (command === "dead") {
    const dead = await listDeadJobs(db, 200);
    if (dead.length === 0) console.log("No dead jobs.");
    for (const job of dead) {
      console.log(
        `${job.id}  ${job.name}  ${job.attempts} attempts  died ${job.finishedAt?.toISOString() ?? "?"}  request ${job.requestId ?? "-"}\n    ${job.lastError ?? ""}`,
      );
    }
  } else if (command === "retry" && id) {
    // Waiting again: the running server's engine claims it, or on BullMQ relays it to Redis.
    const retried = await retryDeadJob(db, id);
    console.log(retried ? `Job ${id} will run again.` : `No dead job has the id ${id}.`);
    if (!retried) process.exitCode = 1;
  } else {
    console.log("Usage: npm run jobs -- dead | npm run jobs -- retry <job id>");
    process.exitCode = 2;
  }
} finally {
  db.$client.close();
}
