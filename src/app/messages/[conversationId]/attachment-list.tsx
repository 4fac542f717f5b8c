import { formatBytes } from "~/shared/files";
import type { FileSummary } from "./use-attachments";

/**
 * A message's files: pictures as fixed-size thumbnails (nothing moves while they load) that
 * open the file, anything else as a link with its name and size. The file route decides who
 * may fetch them.
 */
export function AttachmentList({ files }: { files: FileSummary[] }) {
  if (files.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="flex flex-wrap gap-2">
      {files.map((file) => (
        <li key={file.id} className="max-w-full min-w-0">
          {file.isImage ? (
            <a
              href={file.url}
              target="_blank"
              rel="noopener"
              className="block overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700"
            >
              {/* Our own file route serves it as stored: next/image would only add a hop. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={file.url}
                alt={`${file.name} (${formatBytes(file.size)})`}
                width={160}
                height={120}
                loading="lazy"
                decoding="async"
                className="h-30 w-40 bg-slate-100 object-cover dark:bg-slate-800"
              />
            </a>
          ) : (
            <a
              href={file.url}
              className="text-brand-700 dark:text-brand-300 flex max-w-full items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                fill="currentColor"
                className="h-4 w-4 shrink-0"
              >
                <path d="M4 2h8l4 4v12H4zm7 1.5V7h3.5z" />
              </svg>
              <span className="min-w-0 font-medium wrap-anywhere underline">{file.name}</span>
              <span className="shrink-0 text-slate-600 dark:text-slate-400">
                {formatBytes(file.size)}
              </span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
