import type { files } from "~/server/db/schema/files";
import { INLINE_TYPES } from "./policy";

export interface FileSummary {
  id: string;
  name: string;
  contentType: string;
  size: number;
  /** Where it is fetched; the access check there decides who may. */
  url: string;
  /** Shown in the page (a thumbnail) rather than offered as a download. */
  isImage: boolean;
}

/** A file as lists show it (a message's attachments, a submission's deliverables). */
export function fileSummary(
  row: Pick<typeof files.$inferSelect, "id" | "name" | "contentType" | "size">,
): FileSummary {
  return {
    id: row.id,
    name: row.name,
    contentType: row.contentType,
    size: row.size,
    url: `/api/files/${row.id}`,
    isImage: INLINE_TYPES.has(row.contentType),
  };
}
