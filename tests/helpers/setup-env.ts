import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Tests never read a developer's default database or outbox: each file gets its own.
process.env.DATABASE_URL ??= "file::memory:";
process.env.MAIL_OUTBOX_DIR = mkdtempSync(path.join(tmpdir(), "guild-outbox-"));
process.env.FILES_DIR = mkdtempSync(path.join(tmpdir(), "guild-files-"));
