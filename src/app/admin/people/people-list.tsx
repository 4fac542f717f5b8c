"use client";

import Link from "next/link";
import type { z } from "zod";

import { EmptyState } from "~/app/_components/empty-state";
import { LocalTime } from "~/app/_components/local-time";
import type { PeopleInput } from "~/shared/schemas/admin";
import { api } from "~/trpc/react";
import { badge } from "../_components/admin-parts";
import { ShowMore } from "~/app/_components/show-more";

const roleLabel = { client: "Client", freelancer: "Freelancer", admin: "Admin" } as const;

/** The people found, 25 at a time ("Show more" continues after the last one shown). */
export function PeopleList({
  input,
  filtered,
}: {
  input: z.input<typeof PeopleInput>;
  filtered: boolean;
}) {
  const [{ pages }, list] = api.admin.people.useSuspenseInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
  });
  const people = pages.flatMap((page) => page.items);
  if (people.length === 0)
    return (
      <EmptyState>
        {filtered ? "Nobody matches this search." : "Nobody has signed up yet."}
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-4">
      <ul
        aria-label="People found"
        className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
      >
        {people.map((person) => (
          <li key={person.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
            <div className="min-w-0 flex-1">
              <Link
                href={`/admin/people/${person.id}`}
                className="text-brand-700 dark:text-brand-300 font-semibold wrap-anywhere underline-offset-2 hover:underline"
              >
                {person.name}
              </Link>
              <p className="text-sm wrap-anywhere text-slate-600 dark:text-slate-400">
                {person.email}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              <span className={badge.neutral}>{roleLabel[person.role]}</span>
              {person.status === "suspended" ? (
                <span className={badge.danger}>Suspended</span>
              ) : null}
              {person.emailVerified ? null : <span className={badge.warning}>Unverified</span>}
              <span>
                Joined <LocalTime date={person.createdAt} show="date" />
              </span>
            </div>
          </li>
        ))}
      </ul>
      <ShowMore list={list} />
    </div>
  );
}
