import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp } from "./columns";
import { users } from "./users";
import { filePurposes, fileStatuses } from "~/shared/files";

/**
 * One stored file: its bytes live in the storage backend (a local directory or an S3 bucket)
 * under `storage_key`; this row says what they are. A file is `pending` until its bytes are in
 * and checked (size, type sniffed from the bytes), then `ready`. Who may fetch it is decided
 * by what it is attached to (a message, a milestone submission, a portfolio item, an avatar);
 * a file never attached within a day of its upload is removed by a job.
 */
export const files = sqliteTable(
  "files",
  {
    id: id(),
    uploaderId: text("uploader_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: filePurposes }).notNull(),
    /** The name shown and offered on download, made safe (no path, no control characters). */
    name: text("name").notNull(),
    /** Sniffed from the bytes; never what the uploader claimed. */
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    /** Hex SHA-256 of the bytes, once they are in. */
    sha256: text("sha256"),
    storageKey: text("storage_key").notNull(),
    status: text("status", { enum: fileStatuses }).notNull().default("pending"),
    /** Widths of the resized copies kept beside an image (avatars), stored as WebP. */
    variants: text("variants", { mode: "json" }).$type<number[]>(),
    /** When something first took it; null while it is an orphan. */
    attachedAt: timestamp("attached_at"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("files_storage_key_unique").on(table.storageKey),
    index("files_uploader_idx").on(table.uploaderId, table.createdAt),
    // Serves the orphan sweep: unattached files by age.
    index("files_orphan_idx")
      .on(table.createdAt)
      .where(sql`${table.attachedAt} is null`),
    check("files_size_check", sql`${table.size} >= 0`),
    check("files_status_check", sql`${table.status} in ('pending', 'ready')`),
    check(
      "files_purpose_check",
      sql`${table.purpose} in ('attachment', 'deliverable', 'portfolio', 'avatar')`,
    ),
  ],
);

/** A person's picture (a client's logo), shown across the site; initials when there is none. */
export const avatars = sqliteTable("avatars", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  fileId: text("file_id")
    .notNull()
    .references(() => files.id, { onDelete: "cascade" }),
  updatedAt: timestamp("updated_at").notNull(),
});
