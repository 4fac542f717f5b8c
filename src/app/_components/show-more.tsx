"use client";

import { Button } from "./form/submit-button";

/**
 * "Show more" under a list the browser pages through (`useSuspenseInfiniteQuery`,
 * `useInfiniteQuery`): shown while there is a next page, busy while it loads.
 */
export function ShowMore({
  list,
  label = "Show more",
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label?: string;
}) {
  if (!list.hasNextPage) return null;
  return (
    <Button
      type="button"
      variant="secondary"
      className="self-center"
      pending={list.isFetchingNextPage}
      pendingLabel="Loading…"
      onClick={() => void list.fetchNextPage()}
    >
      {label}
    </Button>
  );
}
