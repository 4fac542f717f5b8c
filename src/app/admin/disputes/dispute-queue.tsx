"use client";

import { EmptyState } from "~/app/_components/empty-state";
import type { DisputeQueueInput } from "~/shared/schemas/dispute";
import { api } from "~/trpc/react";
import { DisputeRow } from "./dispute-row";
import { ShowMore } from "~/app/_components/show-more";

/** The queue, 20 disputes at a time. */
export function DisputeQueue({ input }: { input: DisputeQueueInput }) {
  const [{ pages }, list] = api.dispute.queue.useSuspenseInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
  });
  const items = pages.flatMap((page) => page.items);
  return (
    <div className="flex flex-col gap-4">
      {items.length === 0 ? (
        <EmptyState>No disputes here.</EmptyState>
      ) : (
        <ol aria-label="Disputes" className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id}>
              <DisputeRow item={item} />
            </li>
          ))}
        </ol>
      )}
      <ShowMore list={list} />
    </div>
  );
}
