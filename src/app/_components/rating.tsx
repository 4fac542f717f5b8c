/** "★ 4.8 · 12 reviews", read out in full by screen readers. */
export function Rating({ value, count }: { value: number | null; count: number }) {
  if (value === null || count === 0)
    return <span className="text-sm text-slate-600 dark:text-slate-400">No reviews yet</span>;
  const reviews = `${count} review${count === 1 ? "" : "s"}`;
  return (
    <span className="inline-flex items-center gap-1 text-sm">
      <span className="sr-only">
        Rated {value.toFixed(1)} out of 5 from {reviews}
      </span>
      <span aria-hidden="true" className="text-amber-500">
        ★
      </span>
      <span aria-hidden="true" className="font-semibold text-slate-900 dark:text-white">
        {value.toFixed(1)}
      </span>
      <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">
        · {reviews}
      </span>
    </span>
  );
}
