/** Says which parts of a link were not understood, so a stale or hand-edited URL explains itself. */
export function IgnoredParameters({ labels }: { labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <p
      role="note"
      className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm wrap-anywhere text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      Some of this link was not understood and was left out: {labels.join(", ")}.
    </p>
  );
}
