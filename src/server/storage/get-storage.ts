import "server-only";

import path from "node:path";

import { env } from "~/env";
import { LocalStorage } from "./local-storage";
import { S3Storage } from "./s3-storage";

export type Storage = LocalStorage | S3Storage;

/**
 * Where files go without S3: `files/` beside an embedded database (so a backup of that folder
 * holds both), else `data/files`. Never under `public/`, which Next would serve to anyone.
 */
export function defaultFilesDir(databaseUrl: string) {
  const file = databaseUrl.startsWith("file:")
    ? (databaseUrl.slice("file:".length).split("?")[0] ?? "")
    : "";
  if (file === "" || file === ":memory:") return path.resolve("data", "files");
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), "files");
}

/** The backend the settings choose: S3 when S3_BUCKET is set, else the local folder. */
export function storageFromEnv(settings: typeof env = env): Storage {
  if (settings.S3_BUCKET) {
    return new S3Storage({
      bucket: settings.S3_BUCKET,
      region: settings.S3_REGION,
      endpoint: settings.S3_ENDPOINT,
      credentials:
        settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
          ? {
              accessKeyId: settings.S3_ACCESS_KEY_ID,
              secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
            }
          : undefined,
    });
  }
  return new LocalStorage(
    settings.FILES_DIR
      ? path.resolve(/*turbopackIgnore: true*/ settings.FILES_DIR)
      : defaultFilesDir(settings.DATABASE_URL),
  );
}

let shared: Storage | undefined;

/** The process's storage, made on first use (importing this module touches nothing). */
export function getStorage(): Storage {
  shared ??= storageFromEnv();
  return shared;
}
