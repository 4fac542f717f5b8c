"use client";

import Link from "next/link";
import type { ReactNode } from "react";

import { api } from "~/trpc/react";

export const conversationLinkClass =
  "inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/**
 * A link to the conversation about a project with a freelancer (a freelancer leaves
 * `freelancerId` out: it is them), or nothing while there is none. The page prefetches
 * `message.find` for the ones it shows, so the link is in the server's HTML.
 */
export function ConversationLink({
  projectId,
  freelancerId,
  children,
  label,
}: {
  projectId: string;
  freelancerId?: string;
  children: ReactNode;
  /** The accessible name, when the visible words need the context (whose proposal). */
  label?: string;
}) {
  const input = freelancerId ? { projectId, freelancerId } : { projectId };
  const { data } = api.message.find.useQuery(input);
  if (!data?.conversationId) return null;
  return (
    <Link
      href={`/messages/${data.conversationId}`}
      aria-label={label}
      className={conversationLinkClass}
    >
      {children}
    </Link>
  );
}
