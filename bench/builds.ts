import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The builds a benchmark runs: this checkout's production build, and with
 * `BENCH_COMPARE=<commit>` also that commit's, built once into a scratch folder, so both are
 * measured in the same run on the same machine. Each build gets a database seeded by its own
 * code, since an older build cannot read a schema migrated past it.
 */
export interface Build {
  label: string;
  /** The checkout: its `.next/standalone` is started, its `src` seeds its databases. */
  root: string;
}

const git = (args: string[], cwd = ".") =>
  execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

function run(command: string, args: string[], cwd: string) {
  console.log(`  [compare] ${command} ${args.join(" ")} (in ${cwd})`);
  execFileSync(command, args, {
    cwd,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** That commit's tree, its dependencies and its production build, made once and kept. */
function prepare(ref: string): Build {
  const sha = git(["rev-parse", "--verify", `${ref}^{commit}`]);
  const root = path.join(tmpdir(), `guild-bench-build-${sha.slice(0, 12)}`);
  const built = path.join(root, ".bench-built");
  if (!existsSync(built)) {
    if (!existsSync(path.join(root, "package.json"))) {
      mkdirSync(root, { recursive: true });
      execFileSync("bash", ["-c", `git archive ${sha} | tar -x -C '${root}'`], {
        stdio: "inherit",
      });
    }
    // Turbopack will not build through a symlinked node_modules: install from npm's cache.
    if (!existsSync(path.join(root, "node_modules")))
      run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], root);
    run("npm", ["run", "build"], root);
    writeFileSync(built, `${sha}\n`);
  }
  return { label: `${ref.slice(0, 12)}`, root };
}

let cached: Build[] | undefined;

export function benchBuilds(): Build[] {
  if (cached) return cached;
  const head = git(["rev-parse", "--short=12", "HEAD"]);
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]) ? "+changes" : "";
  const ours: Build = { label: `this build (${head}${dirty})`, root: "." };
  const compare = process.env.BENCH_COMPARE;
  cached = compare ? [prepare(compare), ours] : [ours];
  return cached;
}

/**
 * Seeds `databasePath` with `projects` demo projects using the build's own migrations and
 * seed, in a child process run from its checkout (`tsx`, as `npm run bench` runs).
 */
export function seedWith(build: Build, databasePath: string, projects: number) {
  const script = path.join(path.resolve(build.root), ".bench-seed.mts");
  writeFileSync(
    script,
    `import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { seedDemoData } from "~/server/demo-data/seed-demo-data";
const db = await openDatabase({ url: process.argv[2] });
await applyMigrations(db, "drizzle");
await seedDemoData(db, { projects: Number(process.argv[3]) });
db.$client.close();
`,
  );
  try {
    execFileSync(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", script, `file:${databasePath}`, String(projects)],
      { cwd: build.root, stdio: ["ignore", "inherit", "inherit"] },
    );
  } finally {
    // Lint and format checks must never meet it.
    rmSync(script, { force: true });
  }
}
