import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Upload throughput of the local backend: a 20 MB file PUT through the upload route handler
 * (session check, row lookup, streaming to disk with SHA-256, sniffing, text check, rename,
 * row update) against a plain streamed copy of the same file, in the same run. The route
 * reads its settings (database, files folder) once, so it runs in a process of its own with
 * a throwaway database and folder: bench/files-upload.ts.
 */
export function benchFiles() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-files-"));
  try {
    execFileSync(
      path.join("node_modules", ".bin", "tsx"),
      ["--conditions=react-server", path.join("bench", "files-upload.ts")],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
          FILES_DIR: path.join(dir, "files"),
          FILES_MAX_BYTES: String(25 * 1024 * 1024),
          BENCH_FILES_DIR: dir,
          LOG_LEVEL: "silent",
          CLAMAV_URL: "",
          S3_BUCKET: "",
        },
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
